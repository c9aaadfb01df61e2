import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import expressStaticGzip from 'express-static-gzip';

// apps/api/{src,dist}/web → apps/web/dist
const defaultWebDist = resolve(dirname(fileURLToPath(import.meta.url)), '../../../web/dist');
// Paths the API answers itself; every other GET for HTML gets the web app (client-side routes
// such as /certificates or /cohorts/:id share a prefix with API files, so match those exactly).
export const apiPaths =
  /^\/(graphql|healthz|readyz|verify-api|issuer|\.well-known|lti)(\/|$)|^\/certificates\/[^/]+\/(certificate\.pdf|credential\.jwt)$|^\/cohorts\/[^/]+\/(calendar\.ics|export\/|kit\/)|^\/calendar\/[^/]+\.ics$|^\/live\/[^/]+\/results\.csv$|^\/organisation\/training-report\.csv$|^\/admin\/releases\/[^/]+\/courses\/[^/]+\/[^/]+\.imscc$/;

/** Serves the built Vue app at / with a fallback to index.html for client-side routes. */
export function serveWebApp(app: NestExpressApplication, webDistDir: string | undefined): boolean {
  const root = resolve(webDistDir ?? defaultWebDist);
  const index = join(root, 'index.html');
  if (!existsSync(index)) return false;
  // Hashed assets: the brotli or gzip copy the build wrote beside each file when the browser
  // accepts it (Vary: Accept-Encoding), cached for a year.
  app.use(
    '/assets',
    expressStaticGzip(join(root, 'assets'), {
      enableBrotli: true,
      orderPreference: ['br', 'gz'],
      index: false,
      serveStatic: { immutable: true, maxAge: '1y', fallthrough: false },
    }),
  );
  app.use(express.static(root, { index: false }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      apiPaths.test(req.path) ||
      !req.accepts('html')
    ) {
      return next();
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
