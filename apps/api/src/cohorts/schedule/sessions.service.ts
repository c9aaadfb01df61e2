import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput, notFound } from '../../common/errors.js';
import type { CurrentUser } from '../../common/graphql-context.js';
import { CourseStructureService } from '../../learning/index.js';
import { CohortAccess } from '../cohort-access.service.js';
import { toSessionObject } from '../cohort-mapper.js';
import { CohortSessionEntity } from '../cohort-session.entity.js';
import type { CohortEntity } from '../cohort.entity.js';
import { newCheckInCode } from '../codes.js';
import type {
  CreateSessionInput,
  SessionFieldsInput,
  UpdateSessionInput,
} from '../dto/activity.inputs.js';
import type { CohortSessionObject } from '../dto/cohort.objects.js';

/** The workshop schedule of a cohort. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CohortAccess,
    private readonly structures: CourseStructureService,
  ) {}

  async create(user: CurrentUser, input: CreateSessionInput): Promise<CohortSessionObject> {
    const cohort = await this.access.asHost(user, input.cohortId);
    const fields = await this.fields(cohort, input);
    const saved = await this.dataSource
      .getRepository(CohortSessionEntity)
      .save({ ...fields, cohortId: cohort.id, checkInCode: await this.freeCode() });
    return toSessionObject(saved, true);
  }

  async update(user: CurrentUser, input: UpdateSessionInput): Promise<CohortSessionObject> {
    const { session, cohort } = await this.asHost(user, input.sessionId);
    const fields = await this.fields(cohort, input);
    await this.dataSource.getRepository(CohortSessionEntity).update({ id: session.id }, fields);
    return toSessionObject({ ...session, ...fields }, true);
  }

  async remove(user: CurrentUser, sessionId: string): Promise<boolean> {
    const { session } = await this.asHost(user, sessionId);
    await this.dataSource.getRepository(CohortSessionEntity).delete({ id: session.id });
    return true;
  }

  async list(user: CurrentUser, cohortId: string): Promise<CohortSessionObject[]> {
    const view = await this.access.asMember(user, cohortId);
    const rows = await this.dataSource
      .getRepository(CohortSessionEntity)
      .find({ where: { cohortId }, order: { startsAt: 'ASC' } });
    return rows.map((s) => toSessionObject(s, view.isHost));
  }

  /** The session if the user hosts its cohort; NOT_FOUND otherwise. */
  async asHost(
    user: CurrentUser,
    sessionId: string,
  ): Promise<{ session: CohortSessionEntity; cohort: CohortEntity }> {
    const session = await this.dataSource
      .getRepository(CohortSessionEntity)
      .findOneBy({ id: sessionId });
    if (!session) throw notFound('The session');
    const cohort = await this.access.asHost(user, session.cohortId).catch(() => {
      throw notFound('The session');
    });
    return { session, cohort };
  }

  private async fields(cohort: CohortEntity, input: SessionFieldsInput) {
    const startsAt = new Date(input.startsAt);
    const endsAt = new Date(input.endsAt);
    if (endsAt <= startsAt)
      throw badInput('A session must end after it starts.', [
        { field: 'endsAt', message: 'not after startsAt' },
      ]);
    const structure = await this.structures.get(cohort.releaseId, cohort.courseSlug);
    const slugs = new Set(structure.modules.map((m) => m.slug));
    const unknown = [
      ...input.modules,
      ...(input.hostNotesModule ? [input.hostNotesModule] : []),
    ].filter((m) => !slugs.has(m));
    if (unknown.length)
      throw badInput(`Not modules of this course: ${unknown.join(', ')}`, [
        { field: 'modules', message: 'not in the course' },
      ]);
    return {
      title: input.title.trim(),
      startsAt,
      endsAt,
      place: input.place?.trim() || null,
      onlineUrl: input.onlineUrl ?? null,
      modules: input.modules,
      hostNotesModule: input.hostNotesModule ?? null,
    };
  }

  /** Six characters leave room for collisions over many sessions; retry until unused. */
  private async freeCode(): Promise<string> {
    for (;;) {
      const code = newCheckInCode();
      if (
        !(await this.dataSource.getRepository(CohortSessionEntity).existsBy({ checkInCode: code }))
      )
        return code;
    }
  }
}
