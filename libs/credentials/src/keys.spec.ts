import { calculateJwkThumbprint } from 'jose';
import {
  assertUsableSigningKey,
  generateIssuerKey,
  IssuerKeyProblem,
  publicPartOf,
  toJwks,
} from './keys.js';

describe('generateIssuerKey', () => {
  it('makes an Ed25519 key whose kid is the public key thumbprint', async () => {
    const key = await generateIssuerKey(new Date('2026-01-01T00:00:00Z'));
    expect(key.publicJwk).toMatchObject({
      kty: 'OKP',
      crv: 'Ed25519',
      alg: 'EdDSA',
      use: 'sig',
      kid: key.kid,
    });
    expect(key.privateJwk.d).toEqual(expect.any(String));
    expect(key.publicJwk.d).toBeUndefined();
    expect(await calculateJwkThumbprint(key.publicJwk)).toBe(key.kid);
    expect(key.createdAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('makes a different key each time', async () => {
    const [a, b] = await Promise.all([generateIssuerKey(), generateIssuerKey()]);
    expect(a.kid).not.toBe(b.kid);
  });
});

describe('toJwks', () => {
  it('publishes current and retired keys without any private part', async () => {
    const current = await generateIssuerKey();
    const retired = await generateIssuerKey();
    const jwks = toJwks([current, retired.privateJwk]);
    expect(jwks.keys.map((k) => k.kid)).toEqual([current.kid, retired.kid]);
    for (const k of jwks.keys) {
      expect(Object.keys(k).sort()).toEqual(['alg', 'crv', 'kid', 'kty', 'use', 'x']);
      expect(k).toMatchObject({ alg: 'EdDSA', use: 'sig' });
    }
    const json = JSON.stringify(jwks);
    expect(json).not.toContain('"d"');
    expect(json).not.toContain(String(retired.privateJwk.d));
  });

  it('refuses keys that are not Ed25519 or have no kid', () => {
    expect(() => publicPartOf({ kty: 'EC', crv: 'P-256', x: 'a', y: 'b', kid: 'k' })).toThrow();
    expect(() => publicPartOf({ kty: 'OKP', crv: 'Ed25519', x: 'a' })).toThrow();
  });
});

describe('assertUsableSigningKey', () => {
  it('accepts a freshly generated key', async () => {
    const key = await generateIssuerKey();
    await expect(assertUsableSigningKey(key.privateJwk)).resolves.toBeUndefined();
  });

  it('refuses a key whose public part x does not belong to d, without quoting either', async () => {
    const [a, b] = await Promise.all([generateIssuerKey(), generateIssuerKey()]);
    const mixed = { ...a.privateJwk, x: b.publicJwk.x };
    const error = await assertUsableSigningKey(mixed).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IssuerKeyProblem);
    expect((error as IssuerKeyProblem).reason).toBe('NOT_A_KEY_PAIR');
    expect((error as Error).message).not.toContain(a.privateJwk.d);
    expect((error as Error).message).not.toContain(b.publicJwk.x);
  });

  it('refuses a private part that is not an Ed25519 key, and a key without d', async () => {
    const key = await generateIssuerKey();
    await expect(assertUsableSigningKey({ ...key.privateJwk, d: 'c2hvcnQ' })).rejects.toMatchObject(
      { reason: 'NOT_A_KEY_PAIR' },
    );
    await expect(assertUsableSigningKey(key.publicJwk)).rejects.toMatchObject({
      reason: 'NOT_ED25519',
    });
  });
});
