import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import supertest from 'supertest';
import { inject } from 'vitest';
import { NOTICE_VERSION, uniqueEmail } from '../../test/factories.js';
import { createApp } from '../bootstrap.js';
import { loadConfig } from '../config/config.js';
import { JsonLogger } from './logger.js';

// The real application's logs, captured: what Nest's exception handler does with our errors.
const lines: Record<string, unknown>[] = [];
const raw: string[] = [];
let app: NestFastifyApplication;
beforeAll(async () => {
  const config = loadConfig({
    LOG_LEVEL: 'debug',
    WEB_DIST_DIR: '',
    ACADEMY_DATA_DIR: mkdtempSync(join(tmpdir(), 'academy-logs-')),
  });
  app = await createApp(
    config,
    inject('databaseUrl'),
    new JsonLogger('debug', (line) => {
      raw.push(line);
      lines.push(JSON.parse(line) as Record<string, unknown>);
    }),
  );
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
});
afterAll(() => app.close());

/** Posts a form whose body is sent a moment after the headers, as a slow client would. */
async function slowFormPost(path: string, body: string, requestId: string): Promise<number> {
  const server = app.getHttpServer();
  if (!server.listening) await app.listen(0, '127.0.0.1');
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
          'x-request-id': requestId,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.flushHeaders();
    setTimeout(() => req.end(body), 50);
  });
}

const gql = (query: string, variables: object) =>
  supertest(app.getHttpServer())
    .post('/graphql')
    .set('content-type', 'application/json')
    .send({ query, variables });

describe('logging of client errors', () => {
  it('logs wrong passwords, refused inputs and unknown ids below error level, and never the password', async () => {
    raw.length = 0;
    lines.length = 0;
    const secret = 'SECRET-passphrase-for-logs';
    await gql(`mutation($i: LoginInput!) { login(input: $i) { id } }`, {
      i: { email: uniqueEmail(), password: secret },
    });
    await gql(`mutation($i: RegisterInput!) { register(input: $i) }`, {
      i: {
        email: uniqueEmail(),
        password: 'short',
        displayName: 'Log',
        privacyNoticeVersion: NOTICE_VERSION,
      },
    });
    await gql(`mutation($i: RegisterInput!) { register(input: $i) }`, {
      i: {
        email: 'not-an-email',
        password: secret,
        displayName: 'Log',
        privacyNoticeVersion: NOTICE_VERSION,
      },
    });
    await gql(`query($id: ID!) { certificate(id: $id) { id } }`, {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((l) => l.level === 'error')).toEqual([]);
    expect(raw.join('\n')).not.toContain(secret);
  });
});

describe('the request context', () => {
  it('logs one line per request, and every line of a request carries its id, after the body is read too', async () => {
    lines.length = 0;
    // A form post (as an LMS sends), its body arriving after the headers: the refusal is
    // logged by the controller, once the body has been read.
    expect(
      await slowFormPost('/lti/launch', 'id_token=not-a-token&state=x', 'trace-launch-1'),
    ).toBe(400);
    const mine = lines.filter((l) => l.requestId === 'trace-launch-1');
    expect(mine).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        context: 'lti',
        msg: expect.stringMatching(/^LTI launch refused/),
      }),
    );
    expect(lines.filter((l) => l.requestId === undefined)).toEqual([]);
    const request = mine.filter((l) => l.msg === 'request');
    expect(request).toEqual([
      expect.objectContaining({ method: 'POST', path: '/lti/launch', status: 400 }),
    ]);
    expect(typeof request[0]?.ms).toBe('number');
  });

  it('answers and logs refused requests too: 404, and a body over 4 MB with 413', async () => {
    lines.length = 0;
    const missing = await supertest(app.getHttpServer())
      .get('/no/such/path?secret=1')
      .set('x-request-id', 'trace-404');
    expect(missing.status).toBe(404);
    expect(missing.headers['x-request-id']).toBe('trace-404');
    expect(missing.headers['content-security-policy']).toContain("default-src 'self'");

    const big = await supertest(app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('x-request-id', 'trace-413')
      .send(JSON.stringify({ query: '{ __typename }', variables: { x: 'x'.repeat(4.5e6) } }));
    expect(big.status).toBe(413);
    expect(big.body).toEqual({ statusCode: 413, message: expect.stringMatching(/too large/i) });
    expect(big.headers['x-request-id']).toBe('trace-413');
    expect(big.headers['x-content-type-options']).toBe('nosniff');

    const fits = await supertest(app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ query: '{ __typename }', variables: { x: 'x'.repeat(3.9e6) } }));
    expect(fits.status).toBe(200);
    expect(fits.body).toEqual({ data: { __typename: 'Query' } });

    // Forms (LTI posts) keep the 100 KiB limit they had under Express.
    const form = await supertest(app.getHttpServer())
      .post('/lti/launch')
      .type('form')
      .send(`id_token=${'x'.repeat(150 * 1024)}`);
    expect(form.status).toBe(413);

    const logged = lines.filter((l) => l.msg === 'request');
    expect(logged).toContainEqual(
      expect.objectContaining({ requestId: 'trace-404', path: '/no/such/path', status: 404 }),
    );
    expect(logged).toContainEqual(
      expect.objectContaining({ requestId: 'trace-413', path: '/graphql', status: 413 }),
    );
  });
});
