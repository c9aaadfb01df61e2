// Shared Vitest settings: resolve workspace libraries from their TypeScript sources
// (the "@academy/source" export condition) so tests never depend on a prior build.
export const sourceConditions = ['@academy/source'];

/** Workspace packages are transformed by Vite (with the source condition), never loaded from dist/. */
export const inlineWorkspace = { deps: { inline: [/@academy\//] } };

/** Vite resolves SSR (Node-side test) imports with their own conditions; add ours to the defaults. */
export const ssrSourceResolve = {
  resolve: { conditions: [...sourceConditions, 'module', 'node', 'development|production'] },
};
