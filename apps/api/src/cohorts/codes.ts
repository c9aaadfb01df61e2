import { createHash, randomBytes, randomInt } from 'node:crypto';

/** No 0/O, 1/I/L, or U/V pairs: codes are read aloud in workshops and typed from slides. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';

export function randomCode(length: number): string {
  let code = '';
  for (let i = 0; i < length; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** 10 characters of a 29-letter alphabet: ~48 bits, far beyond guessing at any rate limit. */
export const newJoinCode = () => randomCode(10);
/** Short, because it is only valid while the session runs and only for its participants. */
export const newCheckInCode = () => randomCode(6);

/** Codes are compared ignoring case, spaces and dashes people add when copying. */
export const normaliseCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');

export const newSecretToken = () => randomBytes(32).toString('base64url');
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
