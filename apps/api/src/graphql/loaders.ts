import type { DataSource } from 'typeorm';
import { createCurriculumLoaders, type CurriculumContentService } from '../curriculum/index.js';
import { createIdentityLoaders } from '../identity/index.js';

/** Every feature's per-request DataLoaders, composed here so that common/ imports no feature. */
export function createLoaders(dataSource: DataSource, content: CurriculumContentService) {
  return {
    ...createIdentityLoaders(dataSource),
    curriculum: createCurriculumLoaders(content),
  };
}

type AppLoaders = ReturnType<typeof createLoaders>;

declare module '../common/graphql-context.js' {
  // Declares the composed loaders on the context every resolver receives.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends AppLoaders {}
}
