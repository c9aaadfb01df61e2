import { query } from './small-course.js';

export interface KeyedQuestion {
  id: string;
  type: 'single' | 'multiple' | 'true-false' | 'numeric' | 'ordering';
  options?: string[];
  answer: string | string[] | boolean | number;
}

/** A module's answer keys in the release a learner's enrolment is pinned to (what a browser cannot see). */
export async function answerKeys(
  email: string,
  module: string,
): Promise<Map<string, KeyedQuestion>> {
  const rows = await query<{ questions: KeyedQuestion[] }>(
    `SELECT q.questions FROM release_quizzes q
       JOIN enrolments e ON e.release_id = q.release_id
       JOIN users u ON u.id = e.user_id
      WHERE u.email_key = lower($1) AND q.kind = 'module' AND q.slug = $2`,
    [email, module],
  );
  return new Map((rows[0]?.questions ?? []).map((q) => [`${module}/${q.id}`, q]));
}
