import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** One learner's progress in a course, as a host's dashboard shows it. */
export interface LearnerProgressRow {
  userId: string;
  completedAt: string | null;
  /** The latest of the enrolment's activity, a lesson viewed or completed and an attempt submitted. */
  lastActivityAt: string | null;
  /** Completed lessons per module slug. */
  lessons: Record<string, number> | null;
  /** Module quizzes by slug: best fraction, passed, submitted and failed attempts. */
  quizzes: Record<
    string,
    { best: number | null; passed: boolean; attempts: number; failed: number }
  > | null;
}

/** A group of learners' progress and answers in one course, aggregated in PostgreSQL. */
export interface GroupProgress {
  learners: LearnerProgressRow[];
  /** Per question (`module/questionId`): how many submitted answers, how many correct. */
  questions: { key: string; answered: number; correct: number }[];
  /** Lessons completed per ISO week. */
  weeks: { weekStart: string; lessonsCompleted: number }[];
  /** The most chosen wrong answer per question ("c", "a+c", "d>a>b"). */
  wrong: Record<string, { answer: string; count: number }>;
}

export interface SubmittedAttemptRow {
  userId: string;
  kind: string;
  quizSlug: string;
  number: number;
  submittedAt: Date;
  fraction: number | null;
  passed: boolean | null;
}

/**
 * $1 user ids, $2 course slug, $3 lesson keys (`module/lesson`). Every part is a join or a GROUP
 * BY over the group's own rows, never a per-learner subplan, so time grows linearly with the
 * group; the LATERAL joins (OFFSET 0 keeps them from being flattened into hash joins over whole
 * tables) find those rows by index, so it does not grow with the whole academy.
 */
export const GROUP_PROGRESS_SQL = `
WITH e AS (
  SELECT e.id, e.user_id, e.completed_at, e.last_activity_at
    FROM unnest($1::uuid[]) u(id)
    JOIN LATERAL (SELECT * FROM enrolments WHERE user_id = u.id AND course_slug = $2 OFFSET 0) e ON true
), lp AS (
  SELECT p.user_id, p.module_slug, p.completed_at, greatest(p.first_viewed_at, p.completed_at) AS touched_at
    FROM unnest($1::uuid[]) u(id)
    JOIN LATERAL (SELECT * FROM lesson_progress WHERE user_id = u.id AND course_slug = $2 OFFSET 0) p ON true
   WHERE p.module_slug || '/' || p.lesson_slug = ANY($3::text[])
), att AS MATERIALIZED (
  SELECT a.user_id, a.kind, a.quiz_slug, a.fraction, a.passed, a.submitted_at, a.results, a.drafts
    FROM e JOIN LATERAL (SELECT * FROM quiz_attempts WHERE enrolment_id = e.id AND submitted_at IS NOT NULL OFFSET 0) a ON true
), lessons AS (
  SELECT user_id, json_object_agg(module_slug, n) AS lessons, max(touched) AS touched
    FROM (SELECT user_id, module_slug, count(completed_at)::int AS n, max(touched_at) AS touched FROM lp GROUP BY 1, 2) x
   GROUP BY 1
), quizzes AS (
  SELECT user_id, json_object_agg(quiz_slug, json_build_object('best', best, 'passed', passed, 'attempts', attempts, 'failed', failed)) AS quizzes
    FROM (SELECT user_id, quiz_slug, max(fraction) AS best, bool_or(passed) AS passed, count(*)::int AS attempts,
                 count(*) FILTER (WHERE NOT passed)::int AS failed
            FROM att WHERE kind = 'module' GROUP BY 1, 2) q
   GROUP BY 1
), submitted AS (
  SELECT user_id, max(submitted_at) AS at FROM att GROUP BY 1
), answers AS (
  SELECT r.key, (r.value->>'correct')::boolean AS correct, a.drafts->r.key AS d
    FROM att a CROSS JOIN LATERAL jsonb_each(coalesce(a.results, '{}'::jsonb)) r
), answer_text AS (
  SELECT key, correct,
         coalesce(d->>'choice', d->>'truth', d->>'number',
                  CASE WHEN jsonb_typeof(d->'choices') = 'array' THEN (SELECT string_agg(x, '+' ORDER BY x) FROM jsonb_array_elements_text(d->'choices') x) END,
                  CASE WHEN jsonb_typeof(d->'order') = 'array' THEN (SELECT string_agg(x, '>' ORDER BY o) FROM jsonb_array_elements_text(d->'order') WITH ORDINALITY y(x, o)) END
         ) AS answer
    FROM answers
)
SELECT
  (SELECT coalesce(json_agg(json_build_object(
      'userId', u.id, 'completedAt', e.completed_at,
      'lastActivityAt', greatest(e.last_activity_at, l.touched, s.at),
      'lessons', l.lessons, 'quizzes', q.quizzes)), '[]')
     FROM unnest($1::uuid[]) u(id) LEFT JOIN e ON e.user_id = u.id LEFT JOIN lessons l ON l.user_id = u.id
     LEFT JOIN quizzes q ON q.user_id = u.id LEFT JOIN submitted s ON s.user_id = u.id) AS learners,
  (SELECT coalesce(json_agg(q ORDER BY q.key), '[]') FROM (
      SELECT key, count(*)::int AS answered, count(*) FILTER (WHERE correct)::int AS correct FROM answer_text GROUP BY key) q) AS questions,
  (SELECT coalesce(json_agg(json_build_object('weekStart', to_char(w, 'YYYY-MM-DD'), 'lessonsCompleted', n) ORDER BY w), '[]') FROM (
      SELECT date_trunc('week', completed_at) AS w, count(*)::int AS n FROM lp WHERE completed_at IS NOT NULL GROUP BY 1) weeks) AS weeks,
  (SELECT coalesce(json_object_agg(key, json_build_object('answer', answer, 'count', n)), '{}') FROM (
      SELECT key, answer, count(*)::int AS n, row_number() OVER (PARTITION BY key ORDER BY count(*) DESC, answer) AS r
        FROM answer_text WHERE NOT correct AND answer IS NOT NULL GROUP BY key, answer) w WHERE r = 1) AS wrong
`;

/**
 * What other features may read of learners' progress, without touching the learning feature's
 * tables (enrolments, lesson_progress, quiz_attempts): a cohort's dashboard and exports ask here.
 */
@Injectable()
export class LearningReadModel {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Progress, quiz statistics and weekly activity of `userIds` in a course: one statement. */
  async groupProgress(
    userIds: string[],
    courseSlug: string,
    lessonKeys: string[],
  ): Promise<GroupProgress> {
    const [row]: GroupProgress[] = await this.dataSource.query(GROUP_PROGRESS_SQL, [
      userIds,
      courseSlug,
      lessonKeys,
    ]);
    return row!;
  }

  /** Every submitted attempt of `userIds` in a course, oldest quiz and attempt first per learner. */
  async submittedAttempts(userIds: string[], courseSlug: string): Promise<SubmittedAttemptRow[]> {
    return this.dataSource.query(
      `SELECT a.user_id AS "userId", a.kind, a.quiz_slug AS "quizSlug", a.number, a.submitted_at AS "submittedAt", a.fraction, a.passed
         FROM enrolments e JOIN quiz_attempts a ON a.enrolment_id = e.id AND a.submitted_at IS NOT NULL
        WHERE e.user_id = ANY($1::uuid[]) AND e.course_slug = $2 ORDER BY a.kind, a.quiz_slug, a.number`,
      [userIds, courseSlug],
    );
  }

  /** The unfinished enrolments a group's attendance can complete (a cohort's attendance rule). */
  async unfinishedCohortEnrolments(cohortId: string, userIds: string[]): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM enrolments WHERE cohort_id = $1 AND user_id = ANY($2::uuid[]) AND completed_at IS NULL`,
      [cohortId, userIds],
    );
    return rows.map((r) => r.id);
  }
}
