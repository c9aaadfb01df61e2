import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { CurriculumContentService } from '../curriculum/curriculum-content.service.js';
import { createCurriculumLoaders } from '../curriculum/curriculum.loaders.js';
import { OrganisationEntity } from '../identity/organisation.entity.js';

/** Batches lookups by id within one request so a list's SQL count does not grow with its length. */
function byId<T extends { id: string }>(load: (ids: string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await load([...ids]);
    const map = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

export function createLoaders(dataSource: DataSource, content: CurriculumContentService) {
  return {
    organisation: byId((ids) =>
      dataSource.getRepository(OrganisationEntity).findBy({ id: In(ids) }),
    ),
    curriculum: createCurriculumLoaders(content),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
