import { Algorithm, hash, verify } from '@node-rs/argon2';

// OWASP's Argon2id baseline (19 MiB, 2 iterations, 1 lane).
const options = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-policy.js';

export const hashPassword = (password: string) => hash(password, options);

/** A stored hash a password can match; accounts created by invitation or import hold a marker instead. */
const isUsableHash = (passwordHash: string | null | undefined): passwordHash is string =>
  typeof passwordHash === 'string' && passwordHash.startsWith('$argon2');

// Verifying against this when there is nothing to verify against keeps the timing the same.
let dummyHash: Promise<string> | undefined;
export const dummyPasswordHash = () => (dummyHash ??= hashPassword('not-a-real-password-0000'));

/**
 * Checks a password in the same time whether the account exists, has a password, or was created
 * by an import and has none yet: unknown and password-less accounts are checked against a dummy
 * Argon2id hash and always fail.
 */
export async function verifyPassword(
  passwordHash: string | null | undefined,
  password: string,
): Promise<boolean> {
  const usable = isUsableHash(passwordHash);
  try {
    const ok = await verify(usable ? passwordHash : await dummyPasswordHash(), password);
    return usable && ok;
  } catch {
    return false;
  }
}
