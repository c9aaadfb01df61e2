import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { EnrolmentEntity } from './enrolment.entity.js';
import { enrolmentRef } from './enrolment.service.js';
import { LearningEvents } from './learning-events.js';

export interface CohortEnrolment {
  userId: string;
  courseSlug: string;
  releaseId: string;
  locale: string;
  cohortId: string;
}

/**
 * Enrolments made by joining a cohort, written inside the cohort's transaction (which holds the
 * cohort row lock); the learning feature owns the enrolments table, the cohort only asks.
 */
@Injectable()
export class CohortEnrolments {
  constructor(private readonly events: LearningEvents) {}

  /**
   * Participants marked present at a cohort session: a `session-attended` learning record each,
   * in the caller's transaction (so an xAPI job exists exactly when the attendance does).
   */
  async attended(
    em: EntityManager,
    session: { cohortId: string; sessionId: string; startsAt: Date; endsAt: Date },
    userIds: string[],
  ): Promise<void> {
    if (userIds.length === 0) return;
    const enrolments = await em
      .getRepository(EnrolmentEntity)
      .findBy({ cohortId: session.cohortId, userId: In(userIds) });
    const minutes = Math.max(
      0,
      Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60_000),
    );
    for (const enrolment of enrolments)
      await this.events.recorded(em, {
        type: 'session-attended',
        at: session.startsAt,
        enrolment: enrolmentRef(enrolment),
        cohortId: session.cohortId,
        sessionId: session.sessionId,
        minutes,
      });
  }

  /** The other cohort through which the user already takes the course, if any. */
  async otherCohort(
    em: EntityManager,
    userId: string,
    courseSlug: string,
    cohortId: string,
  ): Promise<string | null> {
    const rows: { cohort_id: string }[] = await em.query(
      `SELECT cohort_id FROM enrolments WHERE user_id = $1 AND course_slug = $2 AND cohort_id IS NOT NULL AND cohort_id <> $3`,
      [userId, courseSlug, cohortId],
    );
    return rows[0]?.cohort_id ?? null;
  }

  /**
   * Links or creates the enrolment, pinned to the cohort's release and language; an unfinished
   * self-paced enrolment moves onto the cohort's release (progress is keyed by slugs, so it carries over).
   */
  async joinCohort(em: EntityManager, e: CohortEnrolment): Promise<void> {
    await em.query(
      `INSERT INTO enrolments (user_id, course_slug, release_id, locale, cohort_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (user_id, course_slug) DO UPDATE SET
         cohort_id = EXCLUDED.cohort_id,
         release_id = CASE WHEN enrolments.completed_at IS NULL THEN EXCLUDED.release_id ELSE enrolments.release_id END,
         locale = CASE WHEN enrolments.completed_at IS NULL THEN EXCLUDED.locale ELSE enrolments.locale END`,
      [e.userId, e.courseSlug, e.releaseId, e.locale, e.cohortId],
    );
  }
}
