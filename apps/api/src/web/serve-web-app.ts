import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import accepts from 'accepts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { loadRoutePreloads } from './route-preloads.js';
import { pathOf } from './security-headers.js';
import { serveWebAssets } from './web-assets.js';

// apps/api/{src,dist}/web → apps/web/dist
const defaultWebDist = resolve(dirname(fileURLToPath(import.meta.url)), '../../../web/dist');
/** Read by the web app's useSession: the browser sent no session cookie. */
export const signedOutMeta = '<meta name="academy-session" content="none">';
// Paths the API answers itself; every other GET for HTML gets the web app (client-side routes
// such as /certificates or /cohorts/:id share a prefix with API files, so match those exactly).
export const apiPaths =
  /^\/(graphql|healthz|readyz|verify-api|issuer|\.well-known|lti)(\/|$)|^\/certificates\/[^/]+\/(certificate\.pdf|credential\.jwt)$|^\/cohorts\/[^/]+\/(calendar\.ics|export\/|kit\/)|^\/calendar\/[^/]+\.ics$|^\/live\/[^/]+\/results\.csv$|^\/organisation\/training-report\.csv$|^\/admin\/releases\/[^/]+\/courses\/[^/]+\/[^/]+\.imscc$/;

/**
 * Serves the built Vue app at / with a fallback to index.html for client-side routes. Routes of
 * the API always win (the fallback is Fastify's lowest-priority wildcard route); requests it does
 * not serve get the application's 404.
 */
export async function serveWebApp(
  fastify: FastifyInstance,
  webDistDir: string | undefined,
  options: {
    /** False when the request cannot belong to a session (it carries no session cookie). */
    mayHaveSession?: (request: FastifyRequest) => boolean;
  } = {},
): Promise<boolean> {
  const root = resolve(webDistDir ?? defaultWebDist);
  const index = join(root, 'index.html');
  if (!existsSync(index)) return false;
  serveWebAssets(fastify, join(root, 'assets'));
  // The other files of the build (favicon, …), one route each, found at start-up.
  await fastify.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    globIgnore: ['assets/**', 'index.html*', 'route-preloads.json*'],
    index: false,
    decorateReply: false,
  });
  // index.html for every client-side route, naming the route's chunks, styles and strings so the
  // browser fetches them beside the shell (route-preloads.ts), and saying when nobody can be
  // signed in, so the app starts without asking the API who is (useSession). Read once: a build
  // never changes under a running server. Revalidated on every visit (ETag): a new build is seen
  // at once.
  const html = readFileSync(index, 'utf8');
  const headEnd = html.indexOf('</head>');
  const preloads = loadRoutePreloads(root);
  fastify.route({
    method: ['GET', 'HEAD'],
    url: '/*',
    handler: (request, reply) => {
      const path = pathOf(request.url);
      if (apiPaths.test(path) || !accepts(request.raw).type('html')) return reply.callNotFound();
      const extraHead =
        (preloads?.linksFor(path, request.raw) ?? '') +
        (options.mayHaveSession?.(request) === false ? signedOutMeta : '');
      return reply
        .header('cache-control', 'no-cache')
        .header('vary', 'Accept-Language')
        .type('text/html; charset=utf-8')
        .send(
          extraHead && headEnd >= 0
            ? html.slice(0, headEnd) + extraHead + html.slice(headEnd)
            : html,
        );
    },
  });
  return true;
}
