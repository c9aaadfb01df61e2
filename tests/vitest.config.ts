import { defineConfig } from 'vitest/config';

// Cross-app suites against the built academy: start-up smoke tests and browser tests.
export default defineConfig({
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    include: ['smoke/**/*.spec.ts', 'e2e/**/*.spec.ts'],
    globalSetup: ['support/global-setup.ts'],
    fileParallelism: false,
    globals: true,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
