import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { createDatabase, freePort } from '../../apps/api/test/test-database.js';
import { runAcademyToExit, startAcademy } from '../support/academy-process.js';
import { NOTICE_VERSION } from '../support/privacy-notice.js';

const gql = async (baseUrl: string, query: string, variables?: object) => {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as {
    data?: Record<string, unknown>;
    errors?: { extensions?: { code?: string } }[];
  };
};

describe('start-up', () => {
  it('stops with a clear message when PORT is not a port', async () => {
    const { code, output } = await runAcademyToExit({ PORT: 'eighty' });
    expect(code).toBe(1);
    expect(output).toContain('PORT: PORT must be a whole number between 1 and 65535');
    expect(output).not.toContain('eighty');
  });

  it('stops with a clear message when DATABASE_URL is malformed', async () => {
    const { code, output } = await runAcademyToExit({ DATABASE_URL: 'mysql://nope', PORT: '3001' });
    expect(code).toBe(1);
    expect(output).toContain('DATABASE_URL must be a URL like postgres://');
  });

  it('stops with a clear message when the database cannot be reached', async () => {
    const port = await freePort();
    const { code, output } = await runAcademyToExit({
      DATABASE_URL: `postgres://u:p@127.0.0.1:${port}/x`,
      PORT: String(await freePort()),
    });
    expect(code).toBe(1);
    expect(output).toMatch(/Start-up failed: .*ECONNREFUSED/);
    expect(output).not.toContain(':p@'); // the password is never logged
  });

  it('never prints a secret from a bad DATABASE_URL, SMTP_URL or ISSUER_PRIVATE_JWK', async () => {
    const secret = 'SECRETMARKER';
    const { code, output } = await runAcademyToExit({
      PORT: String(await freePort()),
      DATABASE_URL: `postgres://user:${secret}@`,
      SMTP_URL: `mail://user:${secret}@mail.example.org`,
      ISSUER_PRIVATE_JWK: `{"kty":"OKP","crv":"Ed25519","d":"${secret}"`,
    });
    expect(code).toBe(1);
    expect(output).toMatch(/DATABASE_URL: /);
    expect(output).toMatch(/ISSUER_PRIVATE_JWK: /);
    expect(output).not.toContain(secret);
  });

  it('stops when ISSUER_PRIVATE_JWK cannot sign, naming it without printing it', async () => {
    const db = await createDatabase(inject('e2eServerUrl'), 'academy_bad_key');
    try {
      // 43 base64url characters: a well-formed 32-byte seed whose public key is not this x.
      const d = 'SECRETMARKERSECRETMARKERSECRETMARKERSECRET0';
      const jwk = {
        kty: 'OKP',
        crv: 'Ed25519',
        x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo',
        d,
      };
      const { code, output } = await runAcademyToExit({
        PORT: String(await freePort()),
        DATABASE_URL: db.url,
        CURRICULUM_DIR: '',
        ISSUER_PRIVATE_JWK: JSON.stringify(jwk),
      });
      expect(code).toBe(1);
      expect(output).toMatch(
        /ISSUER_PRIVATE_JWK cannot be used: .*do not form one Ed25519 key pair/,
      );
      expect(output).not.toContain('SECRETMARKER');
    } finally {
      await db.drop();
    }
  });

  it('runs on the embedded PostgreSQL by default, serves the web app, and keeps accounts across restarts', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'academy-start-'));
    const env = {
      LOG_LEVEL: 'info',
      ACADEMY_DATA_DIR: dataDir,
      EMBEDDED_DB_PORT: String(await freePort()),
      PORT: String(await freePort()),
      DATABASE_URL: '',
    };
    try {
      let academy = await startAcademy(env);
      expect(academy.output()).toContain('Using embedded PostgreSQL');
      const page = await fetch(`${academy.baseUrl}/account`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="app"></div>');
      expect(await gql(academy.baseUrl, '{ __typename }')).toEqual({
        data: { __typename: 'Query' },
      });
      const email = `restart-${Date.now()}@example.test`;
      const input = { email, password: 'kept across a reboot', displayName: 'Rita' };
      const reg = await gql(
        academy.baseUrl,
        'mutation($i: RegisterInput!) { register(input: $i) }',
        { i: { ...input, privacyNoticeVersion: NOTICE_VERSION } },
      );
      expect(reg).toEqual({ data: { register: true } });
      expect(await academy.stop()).toBe(0);

      academy = await startAcademy(env);
      const login = await gql(
        academy.baseUrl,
        'mutation($i: LoginInput!) { login(input: $i) { email } }',
        {
          i: { email, password: input.password },
        },
      );
      expect(login.data).toEqual({ login: { email } });
      await academy.stop();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
