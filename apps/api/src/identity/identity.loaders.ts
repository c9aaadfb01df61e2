import { In, type DataSource } from 'typeorm';
import { byId } from '../common/loaders.js';
import { OrganisationEntity } from './organisation.entity.js';

/** Identity's per-request DataLoaders (composed into the GraphQL context by graphql/loaders.ts). */
export function createIdentityLoaders(dataSource: DataSource) {
  return {
    organisation: byId((ids) =>
      dataSource.getRepository(OrganisationEntity).findBy({ id: In(ids) }),
    ),
  };
}
