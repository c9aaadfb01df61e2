import { defineConfig } from 'vitest/config';

// One Vitest run covers every project; each project keeps its own config beside its code.
export default defineConfig({
  test: {
    projects: [
      'libs/*/vitest.config.ts',
      'apps/*/vitest.config.ts',
      'tests/vitest.config.ts',
      'infra/vitest.config.ts',
    ],
  },
});
