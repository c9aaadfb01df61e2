import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { conflict, notFound } from '../../common/errors.js';
import type { CurrentUser } from '../../common/graphql-context.js';
import { CohortAccess } from '../cohort-access.service.js';
import { CohortEntity, CohortMemberEntity } from '../cohort.entity.js';
import { newJoinCode, normaliseCode } from '../codes.js';
import { CohortEnrolments } from '../../learning/index.js';
import { addParticipant, lockCohort } from './membership.js';

/** Joining with a code or link; hosts rotate and close the code. */
@Injectable()
export class JoiningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CohortAccess,
    private readonly enrolments: CohortEnrolments,
  ) {}

  /** Joins the cohort of the code; joining again is harmless. Returns the cohort id. */
  async join(user: CurrentUser, code: string): Promise<string> {
    return this.dataSource.transaction(async (em) => {
      const cohort = await lockCohort(em, 'join_code', normaliseCode(code));
      if (!cohort) throw notFound('A cohort with this join code');
      const members = em.getRepository(CohortMemberEntity);
      if (await members.existsBy({ cohortId: cohort.id, userId: user.id })) return cohort.id;
      if (!cohort.joinOpen) throw conflict('Joining this cohort is closed; ask the host.');
      await addParticipant(em, this.enrolments, cohort, user.id);
      return cohort.id;
    });
  }

  /** A new code; the old code and link stop working at once. */
  async rotate(user: CurrentUser, cohortId: string): Promise<void> {
    await this.access.asHost(user, cohortId);
    await this.dataSource
      .getRepository(CohortEntity)
      .update({ id: cohortId }, { joinCode: newJoinCode() });
  }

  async setOpen(user: CurrentUser, cohortId: string, open: boolean): Promise<void> {
    await this.access.asHost(user, cohortId);
    await this.dataSource.getRepository(CohortEntity).update({ id: cohortId }, { joinOpen: open });
  }
}
