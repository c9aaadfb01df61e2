import { base64url, compactVerify, errors, importJWK, type JWK } from 'jose';
import type { OpenBadgeCredential } from './credential-types.js';
import { SIGNING_ALG, publicPartOf } from './keys.js';
import { JWT_CLAIM_NAMES } from './sign.js';

export type VerificationFailureCode =
  | 'malformed'
  | 'unknown_key'
  | 'bad_signature'
  | 'not_a_credential'
  | 'wrong_issuer'
  | 'not_yet_valid'
  | 'expired';

export type VerificationResult =
  | { valid: true; credential: OpenBadgeCredential; kid: string }
  | { valid: false; reason: VerificationFailureCode; explanation: string };

export interface VerifyOptions {
  /** The issuer id we issue under; a credential naming any other issuer is rejected. */
  issuerId: string;
  now?: Date;
  /** Allowed clock skew for validFrom / validUntil; default 60 s. */
  clockToleranceSeconds?: number;
}

const SEGMENT = /^[A-Za-z0-9_-]+$/;
const ED25519_SIGNATURE_BYTES = 64;

function fail(reason: VerificationFailureCode, explanation: string): VerificationResult {
  return { valid: false, reason, explanation };
}

function decodeJson(segment: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(base64url.decode(segment)));
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when the signature segment is exactly the canonical base64url of 64 bytes. */
function isCanonicalSignature(segment: string): boolean {
  try {
    const bytes = base64url.decode(segment);
    return bytes.length === ED25519_SIGNATURE_BYTES && base64url.encode(bytes) === segment;
  } catch {
    return false;
  }
}

/** Removes the JWT registered claims that `signCredential` adds, leaving the credential. */
export function stripJwtClaims(payload: Record<string, unknown>): Record<string, unknown> {
  const rest = { ...payload };
  for (const name of JWT_CLAIM_NAMES) delete rest[name];
  return rest;
}

/** Enough of the OB 3.0 shape that the checks below and callers can rely on it. */
export function looksLikeOpenBadgeCredential(value: unknown): value is OpenBadgeCredential {
  if (!isRecord(value)) return false;
  const { type, issuer, id, validFrom, credentialSubject } = value;
  return (
    Array.isArray(type) &&
    type.includes('VerifiableCredential') &&
    type.includes('OpenBadgeCredential') &&
    typeof id === 'string' &&
    isRecord(issuer) &&
    typeof issuer.id === 'string' &&
    typeof validFrom === 'string' &&
    !Number.isNaN(Date.parse(validFrom)) &&
    isRecord(credentialSubject)
  );
}

function formatDate(date: Date): string {
  return date
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, ' UTC');
}

/**
 * Verifies a VC-JWT against the issuer's public keys (current and retired, each with `kid`).
 * Never throws for bad input: every failure is a reason code plus an English explanation
 * a non-technical reader (an employer, an auditor) can act on.
 */
export async function verifyCredentialJwt(
  jwt: string,
  publicKeys: readonly JWK[],
  options: VerifyOptions,
): Promise<VerificationResult> {
  const token = typeof jwt === 'string' ? jwt.trim() : '';
  const parts = token.split('.');
  const [headerSegment, , signatureSegment] = parts;
  if (
    parts.length !== 3 ||
    !parts.every((p) => SEGMENT.test(p)) ||
    !headerSegment ||
    !signatureSegment
  ) {
    return fail(
      'malformed',
      'This is not a well-formed signed certificate: it should be three base64url parts separated by dots. It may have been cut off while copying.',
    );
  }
  const header = decodeJson(headerSegment);
  if (!isRecord(header)) {
    return fail(
      'malformed',
      'The header of the signed certificate cannot be read, so it cannot be checked.',
    );
  }
  if (header.alg !== SIGNING_ALG) {
    return fail(
      'malformed',
      `The certificate uses the signature algorithm "${String(header.alg)}"; we only issue EdDSA (Ed25519) signatures.`,
    );
  }
  const kid = header.kid;
  if (typeof kid !== 'string' || kid === '') {
    return fail(
      'unknown_key',
      'The certificate does not say which key signed it, so it cannot have been issued by us.',
    );
  }
  const jwk = publicKeys.find((k) => k.kid === kid);
  if (!jwk) {
    return fail(
      'unknown_key',
      `The certificate was signed with a key (id ${kid}) that this academy has never used. It was not issued by us.`,
    );
  }
  const tampered =
    'The signature does not match the content: the certificate was changed after it was issued, or its signature was damaged.';
  if (!isCanonicalSignature(signatureSegment)) return fail('bad_signature', tampered);

  let payloadBytes: Uint8Array;
  try {
    const key = await importJWK(publicPartOf(jwk), SIGNING_ALG);
    ({ payload: payloadBytes } = await compactVerify(token, key, { algorithms: [SIGNING_ALG] }));
  } catch (error) {
    if (error instanceof errors.JWSSignatureVerificationFailed)
      return fail('bad_signature', tampered);
    return fail(
      'malformed',
      'The signed certificate could not be checked because it is not valid JWS.',
    );
  }

  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payloadBytes));
  } catch {
    payload = undefined;
  }
  if (!isRecord(payload)) {
    return fail(
      'not_a_credential',
      'The signature is genuine, but the signed content is not a certificate.',
    );
  }
  const credential = stripJwtClaims(payload);
  if (!looksLikeOpenBadgeCredential(credential)) {
    return fail(
      'not_a_credential',
      'The signature is genuine, but the signed content is not an Open Badges certificate.',
    );
  }
  if (payload.jti !== undefined && payload.jti !== credential.id) {
    return fail(
      'not_a_credential',
      'The token id (jti) does not match the certificate id, so the token is inconsistent.',
    );
  }

  const issuerId = credential.issuer.id;
  if (issuerId !== options.issuerId || (payload.iss !== undefined && payload.iss !== issuerId)) {
    return fail(
      'wrong_issuer',
      `The certificate names "${typeof payload.iss === 'string' ? payload.iss : issuerId}" as its issuer, not ${options.issuerId}.`,
    );
  }

  const now = (options.now ?? new Date()).getTime();
  const toleranceMs = (options.clockToleranceSeconds ?? 60) * 1000;
  const validFrom = new Date(credential.validFrom);
  const nbfMs = typeof payload.nbf === 'number' ? payload.nbf * 1000 : validFrom.getTime();
  if (Math.max(validFrom.getTime(), nbfMs) > now + toleranceMs) {
    return fail('not_yet_valid', `The certificate only becomes valid on ${formatDate(validFrom)}.`);
  }
  const validUntil = (credential as { validUntil?: unknown }).validUntil;
  const untilMs = typeof validUntil === 'string' ? Date.parse(validUntil) : undefined;
  const expMs = typeof payload.exp === 'number' ? payload.exp * 1000 : undefined;
  const endMs = Math.min(untilMs ?? Infinity, expMs ?? Infinity);
  if (endMs < now - toleranceMs) {
    return fail(
      'expired',
      `The certificate was valid until ${formatDate(new Date(endMs))} and has expired.`,
    );
  }
  return { valid: true, credential, kid };
}
