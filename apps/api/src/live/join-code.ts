import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L, U/V: the code is read off a projector and typed on a phone. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';

/**
 * Six characters (~29 bits) suffice: a code is valid only while its session runs, it works only
 * for participants of that cohort who are signed in, and anyone else gets NOT_FOUND.
 */
export function newLiveJoinCode(): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** Compared ignoring case, spaces and dashes. */
export const normaliseLiveCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');
