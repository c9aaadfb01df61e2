import {
  CompactSign,
  calculateJwkThumbprint,
  compactVerify,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
} from 'jose';

export const SIGNING_ALG = 'EdDSA';

export interface IssuerKey {
  /** RFC 7638 thumbprint of the public key: stable, and derived from the key itself. */
  kid: string;
  /** Secret. Store encrypted or in a secret store; never send it to a client. */
  privateJwk: JWK;
  publicJwk: JWK;
  /** ISO 8601 timestamp, so the key record is plain JSON. */
  createdAt: string;
}

export interface Jwks {
  keys: JWK[];
}

/** Generates a new Ed25519 signing key. Old keys stay published (retired) so old credentials verify. */
export async function generateIssuerKey(now: Date = new Date()): Promise<IssuerKey> {
  const { privateKey, publicKey } = await generateKeyPair(SIGNING_ALG, {
    crv: 'Ed25519',
    extractable: true,
  });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const privateJwk = await exportJWK(privateKey);
  return {
    kid,
    privateJwk: { ...privateJwk, kid, alg: SIGNING_ALG, use: 'sig' },
    publicJwk: { ...publicJwk, kid, alg: SIGNING_ALG, use: 'sig' },
    createdAt: now.toISOString(),
  };
}

/** Only the public members of an OKP key; anything else (notably `d`) is dropped, not filtered out. */
export function publicPartOf(jwk: JWK): JWK {
  const { kty, crv, x, kid } = jwk;
  if (kty !== 'OKP' || crv !== 'Ed25519' || typeof x !== 'string' || typeof kid !== 'string') {
    throw new Error(`Not an Ed25519 key with a kid (kid: ${String(kid)})`);
  }
  return { kty, crv, x, kid, alg: SIGNING_ALG, use: 'sig' };
}

/**
 * The JSON Web Key Set to publish (e.g. at /.well-known/jwks.json): current and retired keys,
 * public parts only. Accepts issuer keys or bare JWKs (a private JWK is reduced to its public part).
 */
export function toJwks(keys: ReadonlyArray<IssuerKey | JWK>): Jwks {
  return { keys: keys.map((k) => publicPartOf('publicJwk' in k ? k.publicJwk : k)) };
}

/** Why a configured signing key cannot be used; the message never contains key material. */
export class IssuerKeyProblem extends Error {
  constructor(readonly reason: 'NOT_ED25519' | 'NOT_A_KEY_PAIR') {
    super(
      reason === 'NOT_ED25519'
        ? 'it is not an Ed25519 private key (a JSON object with kty "OKP", crv "Ed25519", "x" and "d")'
        : 'it cannot sign: its private part "d" and public part "x" do not form one Ed25519 key pair',
    );
    this.name = 'IssuerKeyProblem';
  }
}

/**
 * Proves a private JWK usable before it is trusted: it must sign, and the signature must verify
 * with the public part `x` that verifiers will be given. Throws IssuerKeyProblem otherwise.
 * (WebCrypto already refuses to import a `d` whose public key is not `x`; the verification
 * step keeps the promise on runtimes that do not.)
 */
export async function assertUsableSigningKey(privateJwk: JWK): Promise<void> {
  const { kty, crv, x, d } = privateJwk;
  if (kty !== 'OKP' || crv !== 'Ed25519' || typeof x !== 'string' || typeof d !== 'string') {
    throw new IssuerKeyProblem('NOT_ED25519');
  }
  try {
    const privateKey = await importJWK({ kty, crv, x, d }, SIGNING_ALG);
    const jws = await new CompactSign(new TextEncoder().encode('signing key check'))
      .setProtectedHeader({ alg: SIGNING_ALG })
      .sign(privateKey);
    await compactVerify(jws, await importJWK({ kty, crv, x }, SIGNING_ALG));
  } catch {
    throw new IssuerKeyProblem('NOT_A_KEY_PAIR');
  }
}
