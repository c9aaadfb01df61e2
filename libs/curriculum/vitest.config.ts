import { defineConfig } from 'vitest/config';
import { inlineWorkspace, sourceConditions, ssrSourceResolve } from '../../vitest.shared.js';

export default defineConfig({
  resolve: { conditions: sourceConditions },
  ssr: ssrSourceResolve,
  test: {
    server: inlineWorkspace,
    name: 'curriculum',
    root: import.meta.dirname,
    include: ['src/**/*.spec.ts'],
    globals: true,
    // Reading the whole bundled curriculum takes about a second alone, many on a loaded CI machine.
    testTimeout: 30_000,
  },
});
