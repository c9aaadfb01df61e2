import { createRequire } from 'node:module';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// Learning Locker's xAPI 1.0.3 statement validator (CommonJS): a list of warnings, empty when valid.
const validateStatement = (
  createRequire(import.meta.url)('@learninglocker/xapi-validation') as {
    default: (statement: unknown) => { path: string[]; name: string }[];
  }
).default;

export interface ReceivedStatement {
  method: string;
  statementId: string | null;
  statement: Record<string, unknown>;
}

/**
 * A Learning Record Store on loopback, as much of one as the academy needs: `POST` and `PUT`
 * `/statements` with basic auth and `X-Experience-API-Version: 1.0.x`, each statement checked
 * against the xAPI rules by Learning Locker's validator. It keeps statements by id (a repeat with
 * the same id is a 409, like a real LRS), and can answer 503 to see the academy retry.
 */
export interface LrsSimulator {
  endpoint: string;
  key: string;
  secret: string;
  /** Stored statements, in arrival order. */
  statements: ReceivedStatement[];
  /** Requests refused, with the reason (bad auth, version, shape). */
  refused: { status: number; reason: string }[];
  /** Answer the next `n` statement requests with HTTP 503. */
  failNext(n: number): void;
  close(): Promise<void>;
}

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });

export async function startLrs(): Promise<LrsSimulator> {
  const key = 'academy-client';
  const secret = `s3cret-${Date.now()}`;
  const statements: ReceivedStatement[] = [];
  const refused: LrsSimulator['refused'] = [];
  let failures = 0;
  const expectedAuth = `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://lrs.test');
    const refuse = (status: number, reason: string) => {
      refused.push({ status, reason });
      res.writeHead(status, { 'content-type': 'text/plain' }).end(reason);
    };
    const body = await readBody(req);
    if (url.pathname !== '/xapi/statements' || !['POST', 'PUT'].includes(req.method ?? ''))
      return refuse(404, `no route ${req.method} ${url.pathname}`);
    if (failures > 0) {
      failures--;
      return refuse(503, 'unavailable (simulated)');
    }
    if (req.headers.authorization !== expectedAuth) return refuse(401, 'bad credentials');
    if (!/^1\.0\.\d+$/.test(String(req.headers['x-experience-api-version'] ?? '')))
      return refuse(400, 'missing or bad X-Experience-API-Version');
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return refuse(400, 'not JSON');
    }
    const list = (Array.isArray(parsed) ? parsed : [parsed]) as Record<string, unknown>[];
    const statementId = url.searchParams.get('statementId');
    if (req.method === 'PUT' && (list.length !== 1 || !statementId))
      return refuse(400, 'PUT takes one statement and a statementId');
    for (const statement of list) {
      const warnings = validateStatement(statement);
      if (warnings.length > 0)
        return refuse(
          400,
          `invalid statement: ${warnings.map((w) => `${w.path.join('.')} ${w.name}`).join('; ')}`,
        );
      if (statementId && statement.id !== undefined && statement.id !== statementId)
        return refuse(400, 'statementId and the statement id differ');
    }
    for (const statement of list) {
      const id = (statement.id as string | undefined) ?? statementId;
      if (id && statements.some((s) => s.statement.id === id)) return refuse(409, 'id exists');
      statements.push({ method: req.method!, statementId, statement });
    }
    res.writeHead(req.method === 'PUT' ? 204 : 200, { 'x-experience-api-version': '1.0.3' });
    res.end(req.method === 'PUT' ? undefined : JSON.stringify(list.map((s) => s.id)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/xapi/`,
    key,
    secret,
    statements,
    refused,
    failNext: (n) => void (failures = n),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
