import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import supertest from 'supertest';
import { inject } from 'vitest';
import { NOTICE_VERSION, uniqueEmail } from '../../test/factories.js';
import { createApp } from '../bootstrap.js';
import { loadConfig } from '../config/config.js';
import { JsonLogger } from './logger.js';

// The real application's logs, captured: what Nest's exception handler does with our errors.
const lines: Record<string, unknown>[] = [];
const raw: string[] = [];
let app: INestApplication;
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
});
afterAll(() => app.close());

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
