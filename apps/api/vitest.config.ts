import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';
import { inlineWorkspace, sourceConditions, ssrSourceResolve } from '../../vitest.shared.js';

// SWC emits decorator metadata, which NestJS and TypeORM read at run time.
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  // graphql ships CJS (main) and ESM (module); Nest loads the CJS one, so tests must too.
  resolve: { conditions: sourceConditions, alias: { graphql: 'graphql/index.js' } },
  ssr: ssrSourceResolve,
  test: {
    server: inlineWorkspace,
    name: 'api',
    root: import.meta.dirname,
    include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
    globals: true,
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
