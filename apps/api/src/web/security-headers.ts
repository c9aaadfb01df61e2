import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../config/config.js';

/** One year; sent only on HTTPS responses, where browsers honour it. */
const HSTS = 'max-age=31536000';

/**
 * The policy the web app runs under: its own scripts, styles and API only, no inline scripts,
 * never framed. `data:` images are allowed for the inline SVG icons Vite may emit.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * GraphiQL (served at GET /graphql outside production only) is an inline page that loads its
 * scripts from unpkg.com; it gets this looser policy so the developer tool keeps working.
 */
const GRAPHIQL_POLICY = {
  ...CONTENT_SECURITY_POLICY,
  'script-src': ["'self'", "'unsafe-inline'", 'https://unpkg.com'],
  'style-src': ["'self'", "'unsafe-inline'", 'https://unpkg.com'],
  'img-src': ["'self'", 'data:', 'https:'],
};

const headers = (directives: Record<string, string[]>) =>
  helmet({
    contentSecurityPolicy: { useDefaults: false, directives },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    // Join links and verification pages carry tokens and ids in their URLs: never send them on.
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
    // Set below, only where the request came over HTTPS.
    strictTransportSecurity: false,
  });

/**
 * Security headers on every response (helmet): CSP, nosniff, Referrer-Policy, COOP, frame
 * refusal, and HSTS when the request arrived over HTTPS (directly, or through a proxy trusted
 * with TRUST_PROXY set that says `X-Forwarded-Proto: https`).
 */
export function securityHeaders(config: Pick<AppConfig, 'production'>): RequestHandler {
  const strict = headers(CONTENT_SECURITY_POLICY);
  const graphiql = headers(GRAPHIQL_POLICY);
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.secure) res.setHeader('Strict-Transport-Security', HSTS);
    const developerPage = !config.production && req.method === 'GET' && req.path === '/graphql';
    (developerPage ? graphiql : strict)(req, res, next);
  };
}
