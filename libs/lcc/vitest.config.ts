import { defineConfig } from 'vitest/config';
import { inlineWorkspace, sourceConditions, ssrSourceResolve } from '../../vitest.shared.js';

export default defineConfig({
  resolve: { conditions: sourceConditions },
  ssr: ssrSourceResolve,
  test: {
    server: inlineWorkspace,
    name: 'lcc',
    root: import.meta.dirname,
    include: ['src/**/*.spec.ts'],
    globals: true,
  },
});
