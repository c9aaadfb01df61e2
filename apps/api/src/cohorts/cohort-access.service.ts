import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { notFound } from '../common/errors.js';
import type { CurrentUser } from '../common/graphql-context.js';
import { CohortEntity } from './cohort.entity.js';

export interface CohortView {
  cohort: CohortEntity;
  isHost: boolean;
  isMember: boolean;
}

const isAdmin = (user: CurrentUser) => user.roles.includes('admin');
/** Holding the host role now: a host whose role was revoked keeps no cohort, hosted or co-hosted. */
const isHostNow = (user: CurrentUser) => user.roles.includes('host');

/**
 * Who may see a cohort: its hosts and co-hosts (and admins) run it; its participants see it.
 * Running it needs both a place in `cohort_hosts` and the host role (roles are read afresh on
 * every request, so revoking the role ends host access at once, GraphQL and REST alike).
 * Everyone else gets NOT_FOUND, so cohort ids reveal nothing.
 */
@Injectable()
export class CohortAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One statement: the cohort and the viewer's relation to it. */
  async view(
    user: CurrentUser,
    cohortId: string,
    em: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<CohortView | null> {
    const qb = em
      .getRepository(CohortEntity)
      .createQueryBuilder('c')
      .addSelect(
        'EXISTS (SELECT 1 FROM cohort_hosts h WHERE h.cohort_id = c.id AND h.user_id = :userId)',
        'isHost',
      )
      .addSelect(
        'EXISTS (SELECT 1 FROM cohort_members m WHERE m.cohort_id = c.id AND m.user_id = :userId)',
        'isMember',
      )
      .where('c.id = :cohortId', { cohortId, userId: user.id });
    if (lock) qb.setLock('pessimistic_write', undefined, ['c']);
    const { entities, raw } = await qb.getRawAndEntities<{ isHost: boolean; isMember: boolean }>();
    const cohort = entities[0];
    if (!cohort) return null;
    const { isHost, isMember } = raw[0]!;
    return { cohort, isHost: (isHost && isHostNow(user)) || isAdmin(user), isMember };
  }

  /** For hosts, co-hosts and admins. */
  async asHost(
    user: CurrentUser,
    cohortId: string,
    em?: EntityManager,
    lock = false,
  ): Promise<CohortEntity> {
    const v = await this.view(user, cohortId, em, lock);
    if (!v?.isHost) throw notFound('The cohort');
    return v.cohort;
  }

  /** For participants and hosts. */
  async asMember(user: CurrentUser, cohortId: string): Promise<CohortView> {
    const v = await this.view(user, cohortId);
    if (!v || (!v.isHost && !v.isMember)) throw notFound('The cohort');
    return v;
  }
}
