import { defineConfig } from 'vitest/config';

// The deployment files (Dockerfile, .dockerignore, Kubernetes manifests), checked without Docker
// or a cluster: fast, so it runs with every `npm test`.
export default defineConfig({
  test: {
    name: 'infra',
    root: import.meta.dirname,
    include: ['test/**/*.spec.ts'],
  },
});
