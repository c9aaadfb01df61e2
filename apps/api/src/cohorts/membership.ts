import type { EntityManager } from 'typeorm';
import { conflict } from '../common/errors.js';
import type { CohortEntity } from './cohort.entity.js';
import { newSecretToken } from './codes.js';

/**
 * Adds a participant inside the caller's transaction, which must hold the cohort row lock
 * (`FOR UPDATE`) so that concurrent joins cannot overfill it. Links or creates the enrolment,
 * pinned to the cohort's release and language; an unfinished self-paced enrolment in the same
 * course moves onto the cohort's release (progress is keyed by slugs, so it carries over).
 * Returns false when the user already was a participant.
 */
export async function addParticipant(em: EntityManager, cohort: CohortEntity, userId: string, organisation: string | null = null): Promise<boolean> {
  const [state]: { member: boolean; count: number; other: string | null }[] = await em.query(
    `SELECT EXISTS (SELECT 1 FROM cohort_members WHERE cohort_id = $1 AND user_id = $2) AS member,
            (SELECT count(*)::int FROM cohort_members WHERE cohort_id = $1) AS count,
            (SELECT cohort_id FROM enrolments WHERE user_id = $2 AND course_slug = $3 AND cohort_id IS NOT NULL AND cohort_id <> $1) AS other`,
    [cohort.id, userId, cohort.courseSlug],
  );
  if (state!.member) return false;
  if (state!.other) throw conflict('You already take this course with another cohort.');
  if (state!.count >= cohort.capacity) throw conflict('This cohort is full.');
  await em.query(
    `INSERT INTO cohort_members (cohort_id, user_id, organisation, calendar_token) VALUES ($1, $2, $3, $4)`,
    [cohort.id, userId, organisation, newSecretToken()],
  );
  await em.query(
    `INSERT INTO enrolments (user_id, course_slug, release_id, locale, cohort_id) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (user_id, course_slug) DO UPDATE SET
       cohort_id = EXCLUDED.cohort_id,
       release_id = CASE WHEN enrolments.completed_at IS NULL THEN EXCLUDED.release_id ELSE enrolments.release_id END,
       locale = CASE WHEN enrolments.completed_at IS NULL THEN EXCLUDED.locale ELSE enrolments.locale END`,
    [userId, cohort.courseSlug, cohort.releaseId, cohort.locale, cohort.id],
  );
  return true;
}

/** Locks the cohort row for the rest of the transaction (capacity checks serialise on it). */
export async function lockCohort(em: EntityManager, where: 'id' | 'join_code', value: string): Promise<CohortEntity | null> {
  const rows: CohortEntity[] = await em.query(
    `SELECT id, course_slug AS "courseSlug", release_id AS "releaseId", locale, capacity, join_open AS "joinOpen", name
       FROM cohorts WHERE ${where} = $1 FOR UPDATE`,
    [value],
  );
  return rows[0] ?? null;
}
