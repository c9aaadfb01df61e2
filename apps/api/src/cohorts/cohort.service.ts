import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput, conflict, notFound } from '../common/errors.js';
import type { CurrentUser } from '../common/graphql-context.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { ReleaseService } from '../curriculum/index.js';
import { CourseStructureService } from '../learning/index.js';
import { CohortAccess } from './cohort-access.service.js';
import { type CohortExtras, toCohortObject } from './cohort-mapper.js';
import { CohortEntity, CohortHostEntity } from './cohort.entity.js';
import { newJoinCode } from './codes.js';
import type {
  CreateCohortInput,
  ModuleUnlockInput,
  UpdateCohortInput,
} from './dto/cohort.inputs.js';
import { emailKey } from '../identity/index.js';
import type {
  CohortObject,
  CohortPageObject,
  CohortParticipantPageObject,
} from './dto/cohort.objects.js';
import { byName } from '../database/collation.js';

/** Creating, changing and listing cohorts, their hosts and participants. */
@Injectable()
export class CohortService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly releases: ReleaseService,
    private readonly structures: CourseStructureService,
    private readonly access: CohortAccess,
  ) {}

  async create(host: CurrentUser, input: CreateCohortInput): Promise<CohortObject> {
    const release = input.releaseId
      ? await this.releases.byId(input.releaseId)
      : await this.releases.current(input.edition ?? '');
    if (!release)
      throw notFound(
        input.releaseId ? 'The curriculum release' : 'A curriculum release for this edition',
      );
    const structure = await this.structures.get(release.id, input.courseSlug);
    if (!release.locales.includes(input.locale)) {
      throw badInput(`This release is offered in ${release.locales.join(', ')}.`, [
        { field: 'locale', message: 'not offered by the release' },
      ]);
    }
    this.checkDates(input.startsOn, input.endsOn);
    const unlocks = this.unlocks(
      input.moduleUnlocks,
      structure.modules.map((m) => m.slug),
    );
    const coHostIds = await this.hostIds(
      input.coHostEmails.filter((e) => emailKey(e) !== ''),
      host.id,
    );
    const id = await this.dataSource.transaction(async (em) => {
      const cohort = await em.getRepository(CohortEntity).save({
        name: input.name.trim(),
        courseSlug: input.courseSlug,
        releaseId: release.id,
        locale: input.locale,
        capacity: input.capacity,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        timeZone: input.timeZone,
        minAttendance: input.minAttendance ?? null,
        moduleUnlocks: unlocks,
        joinCode: newJoinCode(),
        joinOpen: true,
        ownerId: host.id,
      });
      await em
        .getRepository(CohortHostEntity)
        .insert([
          { cohortId: cohort.id, userId: host.id, role: 'owner' },
          ...coHostIds.map((userId) => ({ cohortId: cohort.id, userId, role: 'co-host' as const })),
        ]);
      return cohort.id;
    });
    return this.get(host, id);
  }

  async update(user: CurrentUser, input: UpdateCohortInput): Promise<CohortObject> {
    await this.dataSource.transaction(async (em) => {
      const cohort = await this.access.asHost(user, input.cohortId, em, true);
      const startsOn = input.startsOn ?? cohort.startsOn;
      const endsOn = input.endsOn ?? cohort.endsOn;
      this.checkDates(startsOn, endsOn);
      const patch: Partial<
        Pick<
          CohortEntity,
          | 'name'
          | 'timeZone'
          | 'minAttendance'
          | 'capacity'
          | 'moduleUnlocks'
          | 'startsOn'
          | 'endsOn'
        >
      > = { startsOn, endsOn };
      if (input.name !== undefined) patch.name = input.name.trim();
      if (input.timeZone !== undefined) patch.timeZone = input.timeZone;
      if (input.minAttendance !== undefined) patch.minAttendance = input.minAttendance;
      if (input.clearMinAttendance) patch.minAttendance = null;
      if (input.capacity !== undefined) {
        const [{ count }] = await em.query<[{ count: number }]>(
          `SELECT count(*)::int AS count FROM cohort_members WHERE cohort_id = $1`,
          [cohort.id],
        );
        if (input.capacity < count)
          throw conflict(`The cohort already has ${count} participants; capacity cannot be lower.`);
        patch.capacity = input.capacity;
      }
      if (input.moduleUnlocks) {
        const structure = await this.structures.get(cohort.releaseId, cohort.courseSlug);
        patch.moduleUnlocks = this.unlocks(
          input.moduleUnlocks,
          structure.modules.map((m) => m.slug),
        );
      }
      await em.getRepository(CohortEntity).update({ id: cohort.id }, patch);
    });
    return this.get(user, input.cohortId);
  }

  async get(user: CurrentUser, cohortId: string): Promise<CohortObject> {
    const view = await this.access.asMember(user, cohortId);
    const extras = await this.extras([cohortId]);
    return toCohortObject(view.cohort, extras.get(cohortId)!, view.isHost, this.config);
  }

  /** Cohorts the user hosts; admins see all. */
  async hosted(user: CurrentUser, offset: number, limit: number): Promise<CohortPageObject> {
    const all = user.roles.includes('admin');
    const qb = this.dataSource.getRepository(CohortEntity).createQueryBuilder('c');
    if (!all)
      qb.where(
        'EXISTS (SELECT 1 FROM cohort_hosts h WHERE h.cohort_id = c.id AND h.user_id = :userId)',
        {
          userId: user.id,
        },
      );
    const [rows, total] = await qb
      .orderBy('c.startsOn', 'DESC')
      .addOrderBy('c.name')
      .offset(offset)
      .limit(limit)
      .getManyAndCount();
    const extras = await this.extras(rows.map((r) => r.id));
    return {
      items: rows.map((r) => toCohortObject(r, extras.get(r.id)!, true, this.config)),
      total,
      offset,
      limit,
    };
  }

  async participants(
    user: CurrentUser,
    cohortId: string,
    offset: number,
    limit: number,
  ): Promise<CohortParticipantPageObject> {
    const view = await this.access.asMember(user, cohortId);
    const rows: {
      userId: string;
      displayName: string;
      deleted: boolean;
      email: string;
      organisation: string | null;
      nameVisible: boolean;
      joinedAt: Date;
      total: number;
    }[] = await this.dataSource.query(
      `SELECT m.user_id AS "userId", u.display_name AS "displayName", u.email_key LIKE 'deleted:%' AS deleted, u.email, m.organisation, m.name_visible AS "nameVisible",
                m.joined_at AS "joinedAt", count(*) OVER ()::int AS total
           FROM cohort_members m JOIN users u ON u.id = m.user_id
          WHERE m.cohort_id = $1 AND ($2 OR m.name_visible OR m.user_id = $3)
          ORDER BY ${byName('u.display_name')}, u.id OFFSET $4 LIMIT $5`,
      [cohortId, view.isHost, user.id, offset, limit],
    );
    return {
      items: rows.map((r) => ({
        userId: r.userId,
        displayName: r.displayName,
        deleted: r.deleted,
        email: view.isHost ? r.email : null,
        organisation: view.isHost ? r.organisation : null,
        nameVisible: r.nameVisible,
        joinedAt: r.joinedAt,
      })),
      total: rows[0]?.total ?? 0,
      offset,
      limit,
    };
  }

  async addCoHost(user: CurrentUser, cohortId: string, email: string): Promise<CohortObject> {
    await this.access.asHost(user, cohortId);
    const [userId] = await this.hostIds([email], null);
    await this.dataSource.query(
      `INSERT INTO cohort_hosts (cohort_id, user_id, role) VALUES ($1, $2, 'co-host') ON CONFLICT DO NOTHING`,
      [cohortId, userId],
    );
    return this.get(user, cohortId);
  }

  async removeCoHost(user: CurrentUser, cohortId: string, coHostId: string): Promise<CohortObject> {
    await this.access.asHost(user, cohortId);
    // TypeORM answers a DELETE … RETURNING with [rows, affected].
    const [removed] = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM cohort_hosts WHERE cohort_id = $1 AND user_id = $2 AND role = 'co-host' RETURNING user_id`,
      [cohortId, coHostId],
    );
    if (removed.length === 0) throw notFound('The co-host');
    return this.get(user, cohortId);
  }

  async setNameVisibility(user: CurrentUser, cohortId: string, visible: boolean): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `UPDATE cohort_members SET name_visible = $3 WHERE cohort_id = $1 AND user_id = $2 RETURNING user_id`,
      [cohortId, user.id, visible],
    );
    if ((rows[0] as unknown[] | undefined)?.length === 0) throw notFound('The cohort');
    return visible;
  }

  /** Participant counts and hosts of several cohorts, in one statement. */
  async extras(ids: string[]): Promise<Map<string, CohortExtras>> {
    if (ids.length === 0) return new Map();
    const rows: ({ id: string } & CohortExtras)[] = await this.dataSource.query(
      `SELECT c.id,
              (SELECT count(*)::int FROM cohort_members m WHERE m.cohort_id = c.id) AS "participantCount",
              (SELECT count(*)::int FROM cohort_invitations i
                WHERE i.cohort_id = c.id AND i.accepted_at IS NULL AND i.expires_at > now()) AS "invitedCount",
              (SELECT coalesce(json_agg(json_build_object('userId', h.user_id, 'displayName', u.display_name, 'role', h.role)
                                        ORDER BY h.role DESC, ${byName('u.display_name')}), '[]')
                 FROM cohort_hosts h JOIN users u ON u.id = h.user_id WHERE h.cohort_id = c.id) AS hosts
         FROM cohorts c WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(
      rows.map((r) => [
        r.id,
        { participantCount: r.participantCount, invitedCount: r.invitedCount, hosts: r.hosts },
      ]),
    );
  }

  /** Users with the host (or admin) role for these emails; unknown ones are a field error. */
  private async hostIds(emails: string[], exclude: string | null): Promise<string[]> {
    if (emails.length === 0) return [];
    const keys = [...new Set(emails.map(emailKey))];
    const rows: { id: string; email_key: string }[] = await this.dataSource.query(
      `SELECT id, email_key FROM users WHERE email_key = ANY($1::text[]) AND (roles && ARRAY['host', 'admin']::text[])`,
      [keys],
    );
    const found = new Set(rows.map((r) => r.email_key));
    const missing = keys.filter((k) => !found.has(k));
    if (missing.length) {
      throw badInput(
        `No host account for: ${missing.join(', ')}. Co-hosts need the host role.`,
        missing.map(() => ({ field: 'coHostEmails', message: 'not a host' })),
      );
    }
    return rows.map((r) => r.id).filter((id) => id !== exclude);
  }

  private checkDates(startsOn: string, endsOn: string) {
    if (Number.isNaN(Date.parse(startsOn)) || Number.isNaN(Date.parse(endsOn)))
      throw badInput('The dates are not valid.', [{ field: 'startsOn', message: 'not a date' }]);
    if (endsOn < startsOn)
      throw badInput('The cohort cannot end before it starts.', [
        { field: 'endsOn', message: 'before startsOn' },
      ]);
  }

  private unlocks(input: ModuleUnlockInput[], modules: string[]): Record<string, string> {
    const unknown = input.filter((u) => !modules.includes(u.module));
    if (unknown.length) {
      throw badInput(
        `Not modules of this course: ${unknown.map((u) => u.module).join(', ')}`,
        unknown.map(() => ({ field: 'moduleUnlocks.module', message: 'not in the course' })),
      );
    }
    return Object.fromEntries(input.map((u) => [u.module, new Date(u.unlocksAt).toISOString()]));
  }
}
