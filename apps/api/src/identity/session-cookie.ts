import type { FastifyReply } from 'fastify';
import type { NewSession } from './identity.service.js';
import { SESSION_COOKIE } from './session-tokens.js';

/**
 * Sets the session cookie: httpOnly, SameSite=Lax (sent on top-level navigations from other
 * sites, never on their subrequests or cross-site POSTs), Secure over HTTPS.
 */
export function setSessionCookie(reply: FastifyReply, session: NewSession, secure: boolean): void {
  void reply.setCookie(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    expires: session.expiresAt,
  });
}
