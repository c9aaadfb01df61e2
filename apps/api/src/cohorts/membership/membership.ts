import type { EntityManager } from 'typeorm';
import { conflict } from '../../common/errors.js';
import { CohortEntity } from '../cohort.entity.js';
import { newSecretToken } from '../codes.js';
import type { CohortEnrolments } from '../../learning/index.js';

/**
 * Adds a participant inside the caller's transaction, which must hold the cohort row lock
 * (`FOR UPDATE`) so that concurrent joins cannot overfill it. Links or creates the enrolment,
 * pinned to the cohort's release and language; an unfinished self-paced enrolment in the same
 * course moves onto the cohort's release (progress is keyed by slugs, so it carries over).
 * Returns false when the user already was a participant.
 */
export async function addParticipant(
  em: EntityManager,
  enrolments: CohortEnrolments,
  cohort: CohortEntity,
  userId: string,
  organisation: string | null = null,
): Promise<boolean> {
  const [state]: { member: boolean; count: number }[] = await em.query(
    `SELECT EXISTS (SELECT 1 FROM cohort_members WHERE cohort_id = $1 AND user_id = $2) AS member,
            (SELECT count(*)::int FROM cohort_members WHERE cohort_id = $1) AS count`,
    [cohort.id, userId],
  );
  if (state!.member) return false;
  if (await enrolments.otherCohort(em, userId, cohort.courseSlug, cohort.id))
    throw conflict('You already take this course with another cohort.');
  if (state!.count >= cohort.capacity) throw conflict('This cohort is full.');
  await em.query(
    `INSERT INTO cohort_members (cohort_id, user_id, organisation, calendar_token) VALUES ($1, $2, $3, $4)`,
    [cohort.id, userId, organisation, newSecretToken()],
  );
  await enrolments.joinCohort(em, {
    userId,
    courseSlug: cohort.courseSlug,
    releaseId: cohort.releaseId,
    locale: cohort.locale,
    cohortId: cohort.id,
  });
  return true;
}

/** Locks the cohort row for the rest of the transaction (capacity checks serialise on it). */
export async function lockCohort(
  em: EntityManager,
  where: 'id' | 'join_code',
  value: string,
): Promise<CohortEntity | null> {
  return em.getRepository(CohortEntity).findOne({
    where: where === 'id' ? { id: value } : { joinCode: value },
    lock: { mode: 'pessimistic_write' },
  });
}
