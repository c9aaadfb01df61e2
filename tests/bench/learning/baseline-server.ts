// The comparison point for the hot-path benchmark: the smallest server that answers the same
// questions with `pg` and `node:http`, no framework, one SQL statement per request (the session
// check folded into it), JSON out. Routes mirror the academy's hot paths one to one.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import pg from 'pg';

const SESSION = `SELECT u.id AS user_id FROM sessions s JOIN users u ON u.id = s.user_id
   WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`;

const OUTLINE_SQL = `
  WITH s AS (${SESSION}),
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

// The lesson body in one locale with its module's reading order (the session checked in the same statement).
const LESSON_SQL = `
  WITH s AS (${SESSION}),
  r AS (SELECT id FROM curriculum_releases ORDER BY imported_at DESC LIMIT 1)
  SELECT l.slug, l.minutes, l.sources, l.texts->$4 AS text, m.texts->$4->>'title' AS module_title,
         (SELECT json_agg(json_build_object('slug', o.slug, 'position', o.position, 'minutes', o.minutes, 'title', o.texts->$4->>'title') ORDER BY o.position)
            FROM release_lessons o WHERE o.release_id = l.release_id AND o.module_slug = l.module_slug) AS siblings
    FROM release_lessons l JOIN r ON l.release_id = r.id
    JOIN release_modules m ON m.release_id = l.release_id AND m.slug = l.module_slug
   WHERE l.module_slug = $2 AND l.slug = $3 AND EXISTS (SELECT 1 FROM s)`;

// Remember the lesson (progress row and the enrolment's last lesson) in one atomic statement.
const OPEN_SQL = `
  WITH s AS (${SESSION}),
  e AS (SELECT e.* FROM enrolments e JOIN s ON e.user_id = s.user_id WHERE e.id = $2 FOR UPDATE OF e),
  p AS (INSERT INTO lesson_progress (user_id, course_slug, module_slug, lesson_slug)
        SELECT e.user_id, e.course_slug, $3, $4 FROM e
        ON CONFLICT (user_id, course_slug, module_slug, lesson_slug) DO NOTHING)
  UPDATE enrolments SET last_lesson = $3 || '/' || $4, last_activity_at = now()
    FROM e WHERE enrolments.id = e.id RETURNING enrolments.*`;

const ATTEMPT_SQL = `
  WITH s AS (${SESSION})
  SELECT a.* FROM quiz_attempts a JOIN s ON a.user_id = s.user_id WHERE a.id = $2`;

const CERTIFICATE_SQL = `SELECT * FROM certificates WHERE id = $1`;

const CATALOGUE_SQL = `
  WITH r AS (SELECT id FROM curriculum_releases ORDER BY imported_at DESC LIMIT 1)
  SELECT c.slug, c.texts->$1 AS text,
         (SELECT json_agg(json_build_object('slug', m.slug,
            'lessons', (SELECT json_agg(json_build_object('minutes', l.minutes)) FROM release_lessons l
                         WHERE l.release_id = m.release_id AND l.module_slug = m.slug)))
            FROM release_modules m WHERE m.release_id = c.release_id AND m.slug = ANY(c.modules)) AS modules
    FROM release_courses c JOIN r ON c.release_id = r.id ORDER BY c.slug`;

function body(req: IncomingMessage): Promise<Record<string, string>> {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => resolve(data ? (JSON.parse(data) as Record<string, string>) : {}));
  });
}

export function startBaseline(databaseUrl: string, port: number): Promise<Server> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 20 });
  const server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => res.writeHead(500).end(error.message));
  });
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const send = (data: unknown) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
    const url = req.url ?? '/';
    if (req.method === 'GET' && url.startsWith('/verify/')) {
      const { rows } = await pool.query(CERTIFICATE_SQL, [url.slice('/verify/'.length)]);
      return send(rows[0] ?? null);
    }
    const input = await body(req);
    if (url === '/catalogue') return send((await pool.query(CATALOGUE_SQL, ['en'])).rows);
    if (url === '/certificate')
      return send((await pool.query(CERTIFICATE_SQL, [input.id])).rows[0] ?? null);
    const token = /academy_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
    if (!token) return void res.writeHead(401).end();
    const hash = createHash('sha256').update(token).digest('hex');
    let result: pg.QueryResult;
    switch (url) {
      case '/outline':
        result = await pool.query(OUTLINE_SQL, [hash, 'circular-procurement-foundations', 'en']);
        break;
      case '/lesson':
        result = await pool.query(LESSON_SQL, [hash, input.module, input.lesson, 'en']);
        break;
      case '/open':
        result = await pool.query(OPEN_SQL, [hash, input.enrolmentId, input.module, input.lesson]);
        break;
      case '/attempt':
        result = await pool.query(ATTEMPT_SQL, [hash, input.attemptId]);
        break;
      default:
        return void res.writeHead(404).end();
    }
    send(result.rows[0] ?? null);
  };
  server.on('close', () => void pool.end());
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
