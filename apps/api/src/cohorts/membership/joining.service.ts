import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { conflict, notFound } from '../../common/errors.js';
import type { CurrentUser } from '../../common/graphql-context.js';
import { CohortAccess } from '../cohort-access.service.js';
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
      const isMember = await em.query(
        `SELECT 1 FROM cohort_members WHERE cohort_id = $1 AND user_id = $2`,
        [cohort.id, user.id],
      );
      if ((isMember as unknown[]).length > 0) return cohort.id;
      if (!cohort.joinOpen) throw conflict('Joining this cohort is closed; ask the host.');
      await addParticipant(em, this.enrolments, cohort, user.id);
      return cohort.id;
    });
  }

  /** A new code; the old code and link stop working at once. */
  async rotate(user: CurrentUser, cohortId: string): Promise<void> {
    await this.access.asHost(user, cohortId);
    await this.dataSource.query(`UPDATE cohorts SET join_code = $2 WHERE id = $1`, [
      cohortId,
      newJoinCode(),
    ]);
  }

  async setOpen(user: CurrentUser, cohortId: string, open: boolean): Promise<void> {
    await this.access.asHost(user, cohortId);
    await this.dataSource.query(`UPDATE cohorts SET join_open = $2 WHERE id = $1`, [
      cohortId,
      open,
    ]);
  }
}
