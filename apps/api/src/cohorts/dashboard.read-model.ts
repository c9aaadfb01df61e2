import { byName } from '../database/collation.js';

/**
 * The whole host dashboard in one statement, aggregated in PostgreSQL, so its cost does not grow
 * with participants × modules. $1 cohort id, $2 course slug, $3 lesson keys (`module/lesson`).
 */
export const DASHBOARD_SQL = `
WITH m AS (
  SELECT cm.user_id, u.display_name, u.email, cm.organisation, e.id AS enrolment_id, e.completed_at, e.last_activity_at
    FROM cohort_members cm JOIN users u ON u.id = cm.user_id
    LEFT JOIN enrolments e ON e.user_id = cm.user_id AND e.course_slug = $2
   WHERE cm.cohort_id = $1
), lp AS (
  SELECT p.user_id, p.module_slug, p.completed_at, greatest(p.first_viewed_at, p.completed_at) AS touched_at
    FROM lesson_progress p JOIN m ON m.user_id = p.user_id
   WHERE p.course_slug = $2 AND p.module_slug || '/' || p.lesson_slug = ANY($3::text[])
), att AS (
  SELECT a.* FROM quiz_attempts a JOIN m ON m.enrolment_id = a.enrolment_id WHERE a.submitted_at IS NOT NULL
), quiz AS (
  SELECT user_id, quiz_slug, max(fraction) AS best, bool_or(passed) AS passed, count(*)::int AS attempts,
         count(*) FILTER (WHERE NOT passed)::int AS failed
    FROM att WHERE kind = 'module' GROUP BY 1, 2
), sess AS (
  SELECT id, title, starts_at FROM cohort_sessions WHERE cohort_id = $1
), mark AS (
  SELECT ca.session_id, ca.user_id, ca.status FROM cohort_attendance ca
    JOIN sess ON sess.id = ca.session_id JOIN m ON m.user_id = ca.user_id
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
      'userId', m.user_id, 'displayName', m.display_name, 'email', m.email, 'organisation', m.organisation,
      'completedAt', m.completed_at,
      'lastActivityAt', greatest(m.last_activity_at, (SELECT max(touched_at) FROM lp WHERE lp.user_id = m.user_id),
                                 (SELECT max(submitted_at) FROM att WHERE att.user_id = m.user_id)),
      'lessons', (SELECT json_object_agg(module_slug, n) FROM (SELECT module_slug, count(completed_at)::int AS n FROM lp WHERE lp.user_id = m.user_id GROUP BY 1) x),
      'quizzes', (SELECT json_object_agg(quiz_slug, json_build_object('best', best, 'passed', passed, 'attempts', attempts, 'failed', failed)) FROM quiz WHERE quiz.user_id = m.user_id),
      'present', (SELECT count(*)::int FROM mark WHERE mark.user_id = m.user_id AND mark.status = 'present')
    ) ORDER BY ${byName('m.display_name')}, m.user_id), '[]') FROM m) AS participants,
  (SELECT count(*)::int FROM sess WHERE starts_at <= now()) AS held,
  (SELECT coalesce(json_agg(json_build_object(
      'sessionId', s.id, 'title', s.title, 'startsAt', s.starts_at,
      'present', (SELECT count(*) FILTER (WHERE status = 'present') FROM mark WHERE mark.session_id = s.id),
      'absent', (SELECT count(*) FILTER (WHERE status = 'absent') FROM mark WHERE mark.session_id = s.id),
      'excused', (SELECT count(*) FILTER (WHERE status = 'excused') FROM mark WHERE mark.session_id = s.id)
    ) ORDER BY s.starts_at), '[]') FROM sess s) AS sessions,
  (SELECT count(*)::int FROM m) AS member_count,
  (SELECT coalesce(json_agg(q ORDER BY q.key), '[]') FROM (
      SELECT key, count(*)::int AS answered, count(*) FILTER (WHERE correct)::int AS correct FROM answer_text GROUP BY key) q) AS questions,
  (SELECT coalesce(json_agg(json_build_object('weekStart', to_char(w, 'YYYY-MM-DD'), 'lessonsCompleted', n) ORDER BY w), '[]') FROM (
      SELECT date_trunc('week', completed_at) AS w, count(*)::int AS n FROM lp WHERE completed_at IS NOT NULL GROUP BY 1) weeks) AS weeks,
  (SELECT coalesce(json_object_agg(key, json_build_object('answer', answer, 'count', n)), '{}') FROM (
      SELECT key, answer, count(*)::int AS n, row_number() OVER (PARTITION BY key ORDER BY count(*) DESC, answer) AS r
        FROM answer_text WHERE NOT correct AND answer IS NOT NULL GROUP BY key, answer) w WHERE r = 1) AS wrong
`;
