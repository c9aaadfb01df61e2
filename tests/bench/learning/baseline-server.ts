// The comparison point for the outline benchmark: the smallest server that answers the same
// question (course outline + the learner's progress) with `pg` and `http`, no framework.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import pg from 'pg';

const OUTLINE_SQL = `
  WITH s AS (
    SELECT u.id AS user_id FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()),
  e AS (SELECT e.* FROM enrolments e JOIN s ON e.user_id = s.user_id WHERE e.course_slug = $2)
  SELECT c.slug, c.texts->$3->>'title' AS title,
         (SELECT json_agg(json_build_object(
             'slug', m.slug, 'title', m.texts->$3->>'title',
             'lessons', (SELECT json_agg(json_build_object('slug', l.slug, 'title', l.texts->$3->>'title', 'minutes', l.minutes,
                                 'done', EXISTS (SELECT 1 FROM lesson_progress p JOIN e ON p.user_id = e.user_id
                                                 WHERE p.course_slug = e.course_slug AND p.module_slug = l.module_slug
                                                   AND p.lesson_slug = l.slug AND p.completed_at IS NOT NULL)) ORDER BY l.position)
                           FROM release_lessons l WHERE l.release_id = m.release_id AND l.module_slug = m.slug),
             'quizPassed', EXISTS (SELECT 1 FROM quiz_attempts a JOIN e ON a.enrolment_id = e.id WHERE a.quiz_slug = m.slug AND a.passed))
             ORDER BY array_position(c.modules, m.slug))
            FROM release_modules m WHERE m.release_id = c.release_id AND m.slug = ANY(c.modules)) AS modules
    FROM release_courses c JOIN e ON c.release_id = e.release_id AND c.slug = e.course_slug`;

export function startBaseline(databaseUrl: string, port: number): Promise<Server> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 20 });
  const server = createServer(async (req, res) => {
    const token = /academy_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
    if (!token) {
      res.writeHead(401).end();
      return;
    }
    const hash = createHash('sha256').update(token).digest('hex');
    const { rows } = await pool.query(OUTLINE_SQL, [hash, 'circular-procurement-foundations', 'en']);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: rows[0] ?? null }));
  });
  server.on('close', () => void pool.end());
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
