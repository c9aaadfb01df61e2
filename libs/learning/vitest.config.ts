import { defineConfig } from 'vitest/config';
import { sourceConditions } from '../../vitest.shared.js';

export default defineConfig({
  resolve: { conditions: sourceConditions },
  test: { name: 'learning', root: import.meta.dirname, include: ['src/**/*.spec.ts'], globals: true },
});
