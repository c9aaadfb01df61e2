import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';
import { inlineWorkspace, sourceConditions } from '../../vitest.shared.js';

export default defineConfig({
  plugins: [vue()],
  resolve: { conditions: sourceConditions },
  test: {
    server: inlineWorkspace,
    name: 'web',
    root: import.meta.dirname,
    include: ['src/**/*.spec.ts'],
    environment: 'jsdom',
    globals: true,
  },
});
