import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { inject } from 'vitest';
import { createDatabase } from '../../apps/api/test/test-database.js';
import { repoRoot } from '../support/academy-process.js';

const run = (env: Record<string, string>, ...args: string[]) =>
  spawnSync(process.execPath, ['apps/api/dist/cli/admin.js', ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    input: '',
  });

describe('admin CLI', () => {
  it('creates the first administrator with an Argon2id password, and promotes an existing user', async () => {
    const db = await createDatabase(inject('e2eServerUrl'), 'academy_admin_cli');
    try {
      const env = {
        DATABASE_URL: db.url,
        ACADEMY_ADMIN_PASSWORD: 'copper kettle on a rainy morning',
      };
      const first = run(env, 'create', '--email', 'Admin@City.example', '--name', 'Ada Admin');
      expect(first.stderr).toBe('');
      expect(first.stdout).toContain('Created administrator Admin@City.example.');
      expect(first.status).toBe(0);
      const again = run(env, 'create', '--email', 'admin@city.example', '--name', 'Ada Admin');
      expect(again.stdout).toContain('is now an administrator');
      const client = new pg.Client(db.url);
      await client.connect();
      const { rows } = await client.query(`SELECT roles, password_hash FROM users`);
      await client.end();
      expect(rows).toHaveLength(1);
      expect(rows[0].roles).toEqual(['admin']);
      expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
    } finally {
      await db.drop();
    }
  });

  it('explains its usage and applies the password policy of registration', () => {
    expect(run({}, 'frobnicate').stderr).toContain(
      'npm run admin -- create --email <email> --name <display name>',
    );
    const misspelt = run({}, 'create', '--emial', 'a@b.example', '--name', 'Ada');
    expect(misspelt.status).toBe(2);
    expect(misspelt.stderr).toMatch(
      /^Unknown option --emial \(options: --email, --name, --help\)\.\n/,
    );
    const refused = (password: string) =>
      run(
        { ACADEMY_ADMIN_PASSWORD: password, DATABASE_URL: 'postgres://x@127.0.0.1:1/x' },
        'create',
        '--email',
        'ada.lovelace@b.example',
        '--name',
        'Ada Lovelace',
      );
    const short = refused('short enough');
    expect(short.status).toBe(2);
    expect(short.stderr).toContain('The password must have at least 15 characters.');
    expect(refused('passwordpassword').stderr).toContain('too common');
    expect(refused('lovelace is my hero').stderr).toContain('must not contain your name');
  });
});

describe('signing key rotation', () => {
  it('stores a new key in the database and retires the previous one, which stays published', async () => {
    const db = await createDatabase(inject('e2eServerUrl'), 'academy_rotate');
    try {
      const env = { DATABASE_URL: db.url };
      const first = run(env, 'rotate-issuer-key');
      expect(first.stderr).toBe('');
      expect(first.status).toBe(0);
      expect(first.stdout).toMatch(/New signing key \S+ stored in the database/);
      expect(run(env, 'rotate-issuer-key').status).toBe(0);
      const client = new pg.Client(db.url);
      await client.connect();
      const { rows } = await client.query(
        `SELECT kid, private_jwk IS NOT NULL AS private, retired_at IS NOT NULL AS retired FROM issuer_keys ORDER BY created_at`,
      );
      await client.end();
      expect(rows).toHaveLength(2);
      expect(rows.map((r) => [r.private, r.retired])).toEqual([
        [true, true],
        [true, false],
      ]);
      expect(first.stdout).toContain(rows[0].kid);
    } finally {
      await db.drop();
    }
  });
});
