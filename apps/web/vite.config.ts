import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { sourceConditions } from '../../vitest.shared.js';

// In development Vite serves the app and proxies the API; in production the API serves dist/.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [vue()],
  resolve: { conditions: [...sourceConditions, 'module', 'browser', 'development|production'] },
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://localhost:3000', '/verify-api': 'http://localhost:3000' },
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
});
