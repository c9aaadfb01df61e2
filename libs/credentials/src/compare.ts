import type { OpenBadgeCredential } from './credential-types.js';
import { looksLikeOpenBadgeCredential, stripJwtClaims } from './verify.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

function collect(a: unknown, b: unknown, path: string, out: string[]): void {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (i >= a.length || i >= b.length) out.push(join(path, i));
      else collect(a[i], b[i], join(path, i), out);
    }
    return;
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) {
      if (!(key in a) || !(key in b)) out.push(join(path, key));
      else collect(a[key], b[key], join(path, key), out);
    }
    return;
  }
  if (!Object.is(a, b)) out.push(path === '' ? '(whole value)' : path);
}

/**
 * Deep-compares two credentials (or any JSON values) and returns the paths that differ,
 * e.g. `credentialSubject.identifier[0].identityHash`; an empty list means equal.
 * Key order does not matter; array order does (a changed order is a changed credential).
 */
export function credentialsEqual(a: unknown, b: unknown): string[] {
  const out: string[] = [];
  collect(a, b, '', out);
  return out;
}

/** A human sentence for each differing path, for the public verification page. */
export function explainDifferences(paths: readonly string[]): string[] {
  return paths.map((p) => `Field ${p} differs from the issued credential.`);
}

export type PastedCredential =
  | { ok: true; credential: OpenBadgeCredential; id: string }
  | { ok: false; explanation: string };

/**
 * Reads a credential someone pasted as JSON (text or parsed). JSON carries no proof of its own:
 * the caller looks the credential up by `id`, verifies the stored signed JWT, and compares the two
 * with `credentialsEqual`. A decoded JWT payload is accepted too (its JWT claims are dropped).
 */
export function parsePastedCredential(input: unknown): PastedCredential {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return { ok: false, explanation: 'The pasted text is not valid JSON.' };
    }
  }
  if (!isRecord(value)) return { ok: false, explanation: 'The pasted JSON is not an object.' };
  const candidate = isRecord(value.vc) ? value.vc : stripJwtClaims(value);
  if (!looksLikeOpenBadgeCredential(candidate)) {
    return { ok: false, explanation: 'The pasted JSON is not an Open Badges credential.' };
  }
  return { ok: true, credential: candidate, id: candidate.id };
}
