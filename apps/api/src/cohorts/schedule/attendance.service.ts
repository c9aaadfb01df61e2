import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { badInput, conflict, notFound } from '../../common/errors.js';
import type { CurrentUser } from '../../common/graphql-context.js';
import { normaliseCode } from '../codes.js';
import type { AttendanceEntryInput } from '../dto/activity.inputs.js';
import {
  AttendanceStatusValue,
  type AttendanceEntryObject,
  type CheckInObject,
} from '../dto/cohort.objects.js';
import { CohortEnrolments, EnrolmentService } from '../../learning/index.js';
import { LearningReadModel } from '../../learning/index.js';
import { SessionsService } from './sessions.service.js';

/** Self check-in opens this long before the session starts. */
export const CHECK_IN_EARLY_MS = 15 * 60_000;

type AttendanceRow = {
  userId: string;
  status: AttendanceStatusValue;
  selfCheckIn: boolean;
  markedAt: Date;
};

@Injectable()
export class AttendanceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly enrolments: EnrolmentService,
    private readonly learning: LearningReadModel,
    private readonly cohortEnrolments: CohortEnrolments,
  ) {}

  /** Marks the whole list at once: one upsert in one transaction; every user must be a participant. */
  async set(
    user: CurrentUser,
    sessionId: string,
    entries: AttendanceEntryInput[],
  ): Promise<AttendanceEntryObject[]> {
    const { session } = await this.sessions.asHost(user, sessionId);
    const ids = entries.map((e) => e.userId);
    if (new Set(ids).size !== ids.length)
      throw badInput('Each participant may appear once.', [
        { field: 'entries', message: 'duplicate userId' },
      ]);
    await this.dataSource.transaction(async (em) => {
      const members: { user_id: string }[] = await em.query(
        `SELECT user_id FROM cohort_members WHERE cohort_id = $1 AND user_id = ANY($2::uuid[])`,
        [session.cohortId, ids],
      );
      const known = new Set(members.map((m) => m.user_id));
      const strangers = ids.filter((id) => !known.has(id));
      if (strangers.length)
        throw badInput(
          'Some users are not participants of this cohort.',
          strangers.map((id) => ({ field: `entries.${id}`, message: 'not a participant' })),
        );
      const wasPresent = new Set(
        (
          await em.query<{ user_id: string }[]>(
            `SELECT user_id FROM cohort_attendance WHERE session_id = $1 AND status = 'present'`,
            [session.id],
          )
        ).map((r) => r.user_id),
      );
      await em.query(
        `INSERT INTO cohort_attendance (session_id, user_id, status, marked_by, marked_at)
         SELECT $1, u, s, $4, now() FROM unnest($2::uuid[], $3::text[]) AS t(u, s)
         ON CONFLICT (session_id, user_id) DO UPDATE SET status = EXCLUDED.status, marked_by = EXCLUDED.marked_by, marked_at = now()`,
        [session.id, ids, entries.map((e) => e.status), user.id],
      );
      // Newly present only: a re-save of the list records nothing twice (xAPI `attended`).
      await this.cohortEnrolments.attended(
        em,
        {
          cohortId: session.cohortId,
          sessionId: session.id,
          startsAt: session.startsAt,
          endsAt: session.endsAt,
        },
        entries
          .filter((e) => e.status === AttendanceStatusValue.present && !wasPresent.has(e.userId))
          .map((e) => e.userId),
      );
    });
    // Attendance can be what a participant still needed to complete the course.
    for (const id of await this.learning.unfinishedCohortEnrolments(session.cohortId, ids))
      await this.enrolments.checkCompletion(id);
    return this.list(user, sessionId);
  }

  async list(user: CurrentUser, sessionId: string): Promise<AttendanceEntryObject[]> {
    const { session } = await this.sessions.asHost(user, sessionId);
    const rows: AttendanceRow[] = await this.dataSource.query(
      `SELECT user_id AS "userId", status, marked_by IS NULL AS "selfCheckIn", marked_at AS "markedAt"
         FROM cohort_attendance WHERE session_id = $1 ORDER BY marked_at`,
      [session.id],
    );
    return rows;
  }

  /** Records a participant present (a self check-in), e.g. on joining the session's live workshop. */
  async markPresent(sessionId: string, userId: string): Promise<void> {
    const cohort = await this.dataSource.query<
      { cohort_id: string; starts_at: Date; ends_at: Date }[]
    >(`SELECT cohort_id, starts_at, ends_at FROM cohort_sessions WHERE id = $1`, [sessionId]);
    await this.dataSource.transaction((em) => this.present(em, sessionId, userId, cohort[0]));
    // Attendance can be what a participant still needed to complete the course.
    if (cohort[0])
      for (const id of await this.learning.unfinishedCohortEnrolments(cohort[0].cohort_id, [
        userId,
      ]))
        await this.enrolments.checkCompletion(id);
  }

  /** A participant checks in with the session's code, from 15 minutes before its start until its end. */
  async checkIn(user: CurrentUser, code: string): Promise<CheckInObject> {
    const rows: {
      id: string;
      title: string;
      cohort_id: string;
      starts_at: Date;
      ends_at: Date;
      member: boolean;
    }[] = await this.dataSource.query(
      `SELECT s.id, s.title, s.cohort_id, s.starts_at, s.ends_at,
              EXISTS (SELECT 1 FROM cohort_members m WHERE m.cohort_id = s.cohort_id AND m.user_id = $2) AS member
         FROM cohort_sessions s WHERE s.check_in_code = $1`,
      [normaliseCode(code), user.id],
    );
    const session = rows[0];
    if (!session || !session.member) throw notFound('A session with this code');
    const now = Date.now();
    if (
      now < new Date(session.starts_at).getTime() - CHECK_IN_EARLY_MS ||
      now > new Date(session.ends_at).getTime()
    ) {
      throw conflict('Check-in is open from 15 minutes before the session until it ends.');
    }
    // A host's "excused" or "absent" is overridden: the participant is demonstrably there.
    await this.dataSource.transaction((em) => this.present(em, session.id, user.id, session));
    return {
      sessionId: session.id,
      sessionTitle: session.title,
      cohortId: session.cohort_id,
      status: AttendanceStatusValue.present,
    };
  }

  /** Self check-in: present now, and an `attended` record when this made them present. */
  private async present(
    em: EntityManager,
    sessionId: string,
    userId: string,
    session: { cohort_id: string; starts_at: Date; ends_at: Date } | undefined,
  ): Promise<void> {
    const changed = await em.query<{ user_id: string }[]>(
      `INSERT INTO cohort_attendance (session_id, user_id, status, marked_by) VALUES ($1, $2, 'present', NULL)
       ON CONFLICT (session_id, user_id) DO UPDATE SET status = 'present', marked_at = now()
       WHERE cohort_attendance.status <> 'present'
       RETURNING user_id`,
      [sessionId, userId],
    );
    if (changed.length && session)
      await this.cohortEnrolments.attended(
        em,
        {
          cohortId: session.cohort_id,
          sessionId,
          startsAt: new Date(session.starts_at),
          endsAt: new Date(session.ends_at),
        },
        [userId],
      );
  }
}
