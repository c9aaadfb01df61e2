import { base64url, CompactSign, decodeJwt, decodeProtectedHeader, importJWK } from 'jose';
import { buildOpenBadgeCredential } from './build-credential.js';
import { credentialsEqual } from './compare.js';
import type { OpenBadgeCredential } from './credential-types.js';
import { generateIssuerKey, type IssuerKey } from './keys.js';
import { sampleCertificateInput } from './sample-input.js';
import { signCredential } from './sign.js';
import { verifyCredentialJwt, type VerificationResult } from './verify.js';

const ISSUER = 'https://academy.example.org';
const AFTER_ISSUE = new Date('2026-06-01T00:00:00Z');
const opts = { issuerId: ISSUER, now: AFTER_ISSUE };
const credential = buildOpenBadgeCredential(sampleCertificateInput());

let key: IssuerKey;
let jwt: string;
beforeAll(async () => {
  key = await generateIssuerKey();
  jwt = await signCredential(credential, key, { now: new Date('2026-03-14T09:30:13Z') });
});

function reasonOf(result: VerificationResult): string {
  return result.valid ? 'valid' : result.reason;
}

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Flips the lowest bit of the base64url character at `index`. In the last character of the
 * signature that bit is padding, so a lenient decoder would see the same bytes: the verifier
 * must still reject it.
 */
function flipChar(token: string, index: number): string {
  const value = B64URL.indexOf(token.charAt(index));
  return token.slice(0, index) + B64URL.charAt(value ^ 1) + token.slice(index + 1);
}

/** Signs arbitrary payload bytes with `key` (to build tokens our signer would never make). */
async function signRaw(
  payload: object,
  k: IssuerKey,
  header: Record<string, unknown> = {},
): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: 'EdDSA', kid: k.kid, typ: 'vc+jwt', ...header })
    .sign(await importJWK(k.privateJwk, 'EdDSA'));
}

describe('signCredential', () => {
  it('uses an EdDSA vc+jwt header with the key id', () => {
    expect(decodeProtectedHeader(jwt)).toEqual({ alg: 'EdDSA', kid: key.kid, typ: 'vc+jwt' });
  });

  it('puts the credential itself in the payload, plus iss, jti, iat and nbf', () => {
    const claims = decodeJwt(jwt);
    expect(claims.iss).toBe(ISSUER);
    expect(claims.jti).toBe(credential.id);
    expect(claims.nbf).toBe(Date.parse(credential.validFrom) / 1000);
    expect(claims.iat).toBe(Date.parse('2026-03-14T09:30:13Z') / 1000);
    expect(claims.credentialSubject).toEqual(credential.credentialSubject);
    expect(claims.vc).toBeUndefined();
  });
});

describe('verifyCredentialJwt', () => {
  it('accepts a credential we signed and returns it without the JWT claims', async () => {
    const result = await verifyCredentialJwt(jwt, [key.publicJwk], opts);
    expect(result.valid).toBe(true);
    if (!result.valid) return;
    expect(result.kid).toBe(key.kid);
    expect(credentialsEqual(result.credential, credential)).toEqual([]);
  });

  it('rejects a change to any character of the payload', async () => {
    const [h = '', p = ''] = jwt.split('.');
    const positions = [
      0,
      1,
      7,
      Math.floor(p.length / 3),
      Math.floor(p.length / 2),
      p.length - 2,
      p.length - 1,
    ];
    for (const i of positions) {
      const result = await verifyCredentialJwt(
        flipChar(jwt, h.length + 1 + i),
        [key.publicJwk],
        opts,
      );
      expect(reasonOf(result), `payload position ${i}`).toBe('bad_signature');
    }
  });

  it('rejects a change to any character of the signature, including the last one', async () => {
    const sigStart = jwt.lastIndexOf('.') + 1;
    const sigLength = jwt.length - sigStart;
    for (const i of [0, 1, 10, 31, 42, 63, sigLength - 2, sigLength - 1]) {
      const result = await verifyCredentialJwt(flipChar(jwt, sigStart + i), [key.publicJwk], opts);
      expect(reasonOf(result), `signature position ${i}`).toBe('bad_signature');
    }
  });

  it('rejects a re-encoded payload with a changed recipient name', async () => {
    const [h, p, s] = jwt.split('.');
    const claims = JSON.parse(
      new TextDecoder().decode(base64url.decode(p ?? '')),
    ) as OpenBadgeCredential;
    const first = claims.credentialSubject.identifier[0];
    if (first) first.identityHash = 'Mallory';
    const forged = `${h}.${base64url.encode(JSON.stringify(claims))}.${s}`;
    const result = await verifyCredentialJwt(forged, [key.publicJwk], opts);
    expect(result).toMatchObject({ valid: false, reason: 'bad_signature' });
    if (!result.valid) expect(result.explanation).toMatch(/changed after it was issued/);
  });

  it('rejects a credential signed by a key we do not know', async () => {
    const stranger = await generateIssuerKey();
    const foreign = await signCredential(credential, stranger);
    const result = await verifyCredentialJwt(foreign, [key.publicJwk], opts);
    expect(result).toMatchObject({ valid: false, reason: 'unknown_key' });
    if (!result.valid) expect(result.explanation).toContain(stranger.kid);
  });

  it('rejects a credential signed by another key that claims our key id', async () => {
    const stranger = await generateIssuerKey();
    const impostor = await signCredential(credential, { ...stranger, kid: key.kid });
    expect(reasonOf(await verifyCredentialJwt(impostor, [key.publicJwk], opts))).toBe(
      'bad_signature',
    );
  });

  it('still verifies old credentials after the key is rotated', async () => {
    const next = await generateIssuerKey();
    const newJwt = await signCredential(credential, next);
    const published = [next.publicJwk, key.publicJwk];
    const oldResult = await verifyCredentialJwt(jwt, published, opts);
    const newResult = await verifyCredentialJwt(newJwt, published, opts);
    expect(oldResult).toMatchObject({ valid: true, kid: key.kid });
    expect(newResult).toMatchObject({ valid: true, kid: next.kid });
    // Once the old key is no longer published, its credentials no longer verify.
    expect(reasonOf(await verifyCredentialJwt(jwt, [next.publicJwk], opts))).toBe('unknown_key');
  });

  it('rejects a credential naming another issuer', async () => {
    const other = { ...credential, issuer: { ...credential.issuer, id: 'https://evil.example' } };
    const token = await signCredential(other, key);
    const result = await verifyCredentialJwt(token, [key.publicJwk], opts);
    expect(result).toMatchObject({ valid: false, reason: 'wrong_issuer' });
    if (!result.valid) expect(result.explanation).toContain('https://evil.example');
    const mismatched = await signRaw({ ...credential, iss: 'https://evil.example' }, key);
    expect(reasonOf(await verifyCredentialJwt(mismatched, [key.publicJwk], opts))).toBe(
      'wrong_issuer',
    );
  });

  it('rejects a credential before its validFrom, allowing a little clock skew', async () => {
    const early = new Date('2026-03-14T09:00:00Z');
    const result = await verifyCredentialJwt(jwt, [key.publicJwk], {
      issuerId: ISSUER,
      now: early,
    });
    expect(result).toMatchObject({ valid: false, reason: 'not_yet_valid' });
    if (!result.valid) expect(result.explanation).toContain('2026-03-14 09:30:12 UTC');
    const skewed = new Date('2026-03-14T09:29:30Z');
    expect(
      reasonOf(await verifyCredentialJwt(jwt, [key.publicJwk], { issuerId: ISSUER, now: skewed })),
    ).toBe('valid');
  });

  it('rejects a credential after its validUntil', async () => {
    const limited = { ...credential, validUntil: '2026-05-01T00:00:00Z' };
    const token = await signRaw(limited, key);
    expect(reasonOf(await verifyCredentialJwt(token, [key.publicJwk], opts))).toBe('expired');
  });

  it('reports malformed tokens without throwing', async () => {
    const header = base64url.encode(JSON.stringify({ alg: 'none' }));
    const [, p = ''] = jwt.split('.');
    for (const bad of [
      '',
      'abc',
      'a.b',
      `${jwt}.x`,
      'a!b.c.d',
      `not-json.${p}.sig`,
      `${header}.${p}.`,
    ]) {
      expect(reasonOf(await verifyCredentialJwt(bad, [key.publicJwk], opts)), bad).toBe(
        'malformed',
      );
    }
    const unsigned = `${base64url.encode(JSON.stringify({ alg: 'none', kid: key.kid }))}.${p}.AAAA`;
    expect(reasonOf(await verifyCredentialJwt(unsigned, [key.publicJwk], opts))).toBe('malformed');
  });

  it('rejects a token without a key id, or signed content that is not a credential', async () => {
    const noKid = await signRaw(credential, key, { kid: undefined });
    expect(reasonOf(await verifyCredentialJwt(noKid, [key.publicJwk], opts))).toBe('unknown_key');
    const notCredential = await signRaw({ hello: 'world' }, key);
    expect(reasonOf(await verifyCredentialJwt(notCredential, [key.publicJwk], opts))).toBe(
      'not_a_credential',
    );
  });
});
