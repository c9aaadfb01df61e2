import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateIssuerKey } from '@academy/credentials';
import { inject } from 'vitest';
import { createApp } from '../bootstrap.js';
import { JsonLogger } from '../common/logger.js';
import { loadConfig } from '../config/config.js';
import { migrate, openDataSource } from '../database/data-source.js';
import { createDatabase } from '../../test/test-database.js';
import { IssuerKeysService, rotateIssuerKey } from './issuer-keys.service.js';

async function startWithKey(jwk: object): Promise<unknown> {
  const config = loadConfig({
    LOG_LEVEL: 'error',
    WEB_DIST_DIR: '',
    ACADEMY_DATA_DIR: mkdtempSync(join(tmpdir(), 'academy-keys-')),
    ISSUER_PRIVATE_JWK: JSON.stringify(jwk),
  });
  const app = await createApp(
    config,
    inject('databaseUrl'),
    new JsonLogger('error', () => undefined),
  );
  try {
    await app.init();
    return undefined;
  } catch (error) {
    return error;
  } finally {
    await app.close().catch(() => undefined);
  }
}

describe('the issuer signing key at start-up', () => {
  it('refuses an ISSUER_PRIVATE_JWK whose x does not belong to d, naming the variable but not the key', async () => {
    const [a, b] = await Promise.all([generateIssuerKey(), generateIssuerKey()]);
    const error = await startWithKey({ ...a.privateJwk, x: b.publicJwk.x });
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain('ISSUER_PRIVATE_JWK');
    expect(message).toMatch(/do not form one Ed25519 key pair/);
    expect(message).not.toContain(a.privateJwk.d);
  });

  it('starts with a sound key', async () => {
    const key = await generateIssuerKey();
    expect(await startWithKey(key.privateJwk)).toBeUndefined();
  });
});

describe('one signing key per deployment, stored in the database', () => {
  /** A replica: the app on `url` with its own data folder; returns the kid it signs with. */
  async function replica(url: string, dataDir = mkdtempSync(join(tmpdir(), 'academy-keys-'))) {
    const config = loadConfig({ LOG_LEVEL: 'error', WEB_DIST_DIR: '', ACADEMY_DATA_DIR: dataDir });
    const app = await createApp(config, url, new JsonLogger('error', () => undefined));
    await app.init();
    try {
      return app.get(IssuerKeysService).signingKey().kid;
    } finally {
      await app.close();
    }
  }

  async function freshDatabase(name: string) {
    const db = await createDatabase(inject('serverUrl'), name);
    const ds = await openDataSource(db.url);
    await migrate(ds);
    return { db, ds };
  }

  it('is created once when replicas start together, and every replica signs with it', async () => {
    const { db, ds } = await freshDatabase('academy_keys_once');
    try {
      const kids = await Promise.all([replica(db.url), replica(db.url), replica(db.url)]);
      expect(new Set(kids).size).toBe(1);
      const rows = await ds.query(
        `SELECT kid, private_jwk IS NOT NULL AS private, retired_at FROM issuer_keys`,
      );
      expect(rows).toEqual([{ kid: kids[0], private: true, retired_at: null }]);
      expect(await replica(db.url)).toBe(kids[0]);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });

  it('moves a key file from ACADEMY_DATA_DIR/keys into the database on first start', async () => {
    const { db, ds } = await freshDatabase('academy_keys_file');
    try {
      const key = await generateIssuerKey();
      const dir = mkdtempSync(join(tmpdir(), 'academy-keys-'));
      mkdirSync(join(dir, 'keys'));
      writeFileSync(join(dir, 'keys', 'issuer-key.json'), JSON.stringify(key));
      // An earlier version published the public key without its private part.
      await ds.query(`INSERT INTO issuer_keys (kid, public_jwk) VALUES ($1, $2)`, [
        key.kid,
        key.publicJwk,
      ]);
      expect(await replica(db.url, dir)).toBe(key.kid);
      // A replica without the file signs with the same key.
      expect(await replica(db.url)).toBe(key.kid);
      expect(
        await ds.query(`SELECT count(*)::int AS n FROM issuer_keys WHERE private_jwk IS NOT NULL`),
      ).toEqual([{ n: 1 }]);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });

  it('rotates only when asked: the new key signs after a restart, the old one stays published', async () => {
    const { db, ds } = await freshDatabase('academy_keys_rotate');
    try {
      const before = await replica(db.url);
      const rotated = await rotateIssuerKey(ds);
      expect(rotated.kid).not.toBe(before);
      expect(await replica(db.url)).toBe(rotated.kid);
      const rows = await ds.query(
        `SELECT kid, retired_at IS NOT NULL AS retired FROM issuer_keys ORDER BY created_at`,
      );
      expect(rows).toEqual([
        { kid: before, retired: true },
        { kid: rotated.kid, retired: false },
      ]);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});
