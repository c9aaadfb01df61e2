import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';
import { inlineWorkspace, sourceConditions, ssrSourceResolve } from '../../vitest.shared.js';

export default defineConfig({
  plugins: [vue()],
  resolve: { conditions: sourceConditions },
  // Specs in the node environment import through Vite's SSR resolver: it needs the source condition too.
  ssr: ssrSourceResolve,
  test: {
    server: inlineWorkspace,
    name: 'web',
    root: import.meta.dirname,
    include: ['src/**/*.spec.ts'],
    // Most specs are pure logic and run in Node; a spec that mounts components or touches the DOM
    // asks for jsdom in its first line (`// @vitest-environment jsdom`), since jsdom costs ~0.4 s a file.
    environment: 'node',
    // Worker threads start faster than child processes and the web specs need no process of their own.
    pool: 'threads',
    globals: true,
  },
});
