import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'academy_session';

/** 256 bits from the OS CSPRNG; the cookie holds the token, the database its SHA-256. */
export const newSessionToken = () => randomBytes(32).toString('base64url');
export const hashSessionToken = (token: string) => createHash('sha256').update(token).digest('hex');
