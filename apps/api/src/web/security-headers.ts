import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
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

/**
 * The headers helmet sets for a policy. They depend on nothing in the request, so helmet runs
 * once, at start-up, on a stand-in response that records them; every reply then gets the copy.
 */
export function helmetHeaders(directives: Record<string, string[]>): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  helmet({
    contentSecurityPolicy: { useDefaults: false, directives },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    // Join links and verification pages carry tokens and ids in their URLs: never send them on.
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
    // Set per request below, only where the request came over HTTPS.
    strictTransportSecurity: false,
  })({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    // Called with an error only for a policy helmet cannot write: a mistake in the code above.
    if (error) throw new Error('helmet refused the security headers', { cause: error });
  });
  return Object.freeze(headers);
}

/**
 * Security headers on every response, errors and static files included (an onRequest hook runs
 * before routing's 404, body parsing and handlers): CSP, nosniff, Referrer-Policy, COOP, frame
 * refusal, and HSTS when the request arrived over HTTPS (directly, or through a proxy trusted
 * with TRUST_PROXY set that says `X-Forwarded-Proto: https`).
 */
export function securityHeaders(config: Pick<AppConfig, 'production'>) {
  const strict = helmetHeaders(CONTENT_SECURITY_POLICY);
  const graphiql = helmetHeaders(GRAPHIQL_POLICY);
  return (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => {
    const developerPage =
      !config.production && request.method === 'GET' && pathOf(request.url) === '/graphql';
    void reply.headers(developerPage ? graphiql : strict);
    if (request.protocol === 'https') void reply.header('strict-transport-security', HSTS);
    done();
  };
}

/** The path of a request URL, without its query string. */
export function pathOf(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}
