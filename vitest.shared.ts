// Shared Vitest settings: resolve workspace libraries from their TypeScript sources
// (the "@academy/source" export condition) so tests never depend on a prior build.
export const sourceConditions = ['@academy/source'];
