import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateIssuerKey } from '@academy/credentials';
import { inject } from 'vitest';
import { createApp } from '../bootstrap.js';
import { JsonLogger } from '../common/logger.js';
import { loadConfig } from '../config/config.js';

async function startWithKey(jwk: object): Promise<unknown> {
  const config = loadConfig({
    LOG_LEVEL: 'error',
    WEB_DIST_DIR: '',
    ACADEMY_DATA_DIR: mkdtempSync(join(tmpdir(), 'academy-keys-')),
    ISSUER_PRIVATE_JWK: JSON.stringify(jwk),
  });
  const app = await createApp(config, inject('databaseUrl'), new JsonLogger('error', () => undefined));
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
