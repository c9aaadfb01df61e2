import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { notFound } from '../common/errors.js';
import type { CurrentUser } from '../common/graphql-context.js';
import type { CohortEntity } from './cohort.entity.js';

export const COHORT_COLUMNS = `c.id, c.name, c.course_slug AS "courseSlug", c.release_id AS "releaseId", c.locale, c.capacity,
  c.starts_on::text AS "startsOn", c.ends_on::text AS "endsOn", c.time_zone AS "timeZone", c.min_attendance AS "minAttendance",
  c.module_unlocks AS "moduleUnlocks", c.join_code AS "joinCode", c.join_open AS "joinOpen", c.owner_id AS "ownerId", c.created_at AS "createdAt"`;

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
    const rows: (CohortEntity & { isHost: boolean; isMember: boolean })[] = await em.query(
      `SELECT ${COHORT_COLUMNS},
              EXISTS (SELECT 1 FROM cohort_hosts h WHERE h.cohort_id = c.id AND h.user_id = $2) AS "isHost",
              EXISTS (SELECT 1 FROM cohort_members m WHERE m.cohort_id = c.id AND m.user_id = $2) AS "isMember"
         FROM cohorts c WHERE c.id = $1${lock ? ' FOR UPDATE OF c' : ''}`,
      [cohortId, user.id],
    );
    const row = rows[0];
    if (!row) return null;
    const { isHost, isMember, ...cohort } = row;
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
