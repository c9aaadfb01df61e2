// The dashboard's statements with this cohort's parameters, for the benchmark's EXPLAIN check.
import type pg from 'pg';
import { DASHBOARD_ROSTER_SQL } from '../../../apps/api/src/cohorts/reporting/dashboard.read-model.js';
import { GROUP_PROGRESS_SQL } from '../../../apps/api/src/learning/learning.read-model.js';

export async function explainTargets(sql: pg.Client, cohortId: string) {
  const { rows } = await sql.query<{ course_slug: string; keys: string[]; users: string[] }>(
    `SELECT c.course_slug, (SELECT array_agg(user_id) FROM cohort_members WHERE cohort_id = c.id) AS users,
            array_agg(m.slug || '/' || l) AS keys
       FROM cohorts c JOIN release_courses rc ON rc.release_id = c.release_id AND rc.slug = c.course_slug
       JOIN release_modules m ON m.release_id = c.release_id AND m.slug = ANY(rc.modules)
       CROSS JOIN LATERAL unnest(m.lessons) l WHERE c.id = $1 GROUP BY c.id, 1`,
    [cohortId],
  );
  const { course_slug: course, keys, users } = rows[0]!;
  return [
    { name: 'roster', text: DASHBOARD_ROSTER_SQL, params: [cohortId] },
    { name: 'learning progress', text: GROUP_PROGRESS_SQL, params: [users, course, keys] },
  ];
}
