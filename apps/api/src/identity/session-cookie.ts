import type { Response } from 'express';
import type { NewSession } from './identity.service.js';
import { SESSION_COOKIE } from './session-tokens.js';

/**
 * Sets the session cookie: httpOnly, SameSite=Lax (sent on top-level navigations from other
 * sites, never on their subrequests or cross-site POSTs), Secure over HTTPS.
 */
export function setSessionCookie(res: Response, session: NewSession, secure: boolean): void {
  res.cookie(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    expires: session.expiresAt,
  });
}
