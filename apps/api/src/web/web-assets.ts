import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { negotiate } from '@fastify/accept-negotiator';
import type { FastifyInstance } from 'fastify';
import { contentType } from 'mime-types';

type Encoding = 'br' | 'gzip' | 'identity';

interface Asset {
  type: string;
  etag: string;
  /** The file as built and the brotli and gzip copies the build wrote beside it, if any. */
  bodies: Partial<Record<Encoding, Buffer>>;
  encodings: Encoding[];
}

/**
 * The build's hashed assets (apps/web/dist/assets), held in memory and answered from there.
 * A first visit fetches twenty of them at once; streamed from disk by @fastify/static each cost
 * several trips through the file system's thread pool, and a bare server answered the same page's
 * assets in half the time (decision record 0027). A build is a few MB and never changes under a
 * running server. Each name is cached for a year (its hash changes with its content); the brotli
 * or gzip copy goes to a browser that accepts it (Vary: Accept-Encoding); an unknown name is a 404.
 * Nothing is read from disk after start-up, so no request can reach a file outside the build.
 */
export function serveWebAssets(fastify: FastifyInstance, dir: string): void {
  const assets = loadAssets(dir);
  fastify.route({
    method: ['GET', 'HEAD'],
    url: '/assets/*',
    handler: (request, reply) => {
      const asset = assets.get((request.params as { '*': string })['*']);
      if (!asset) return reply.callNotFound();
      // Our order wins among equally welcome encodings (Chromium sends "gzip, deflate, br").
      const accepted = request.headers['accept-encoding'];
      const encoding = (accepted && negotiate(accepted, asset.encodings)) || 'identity';
      void reply
        .header('cache-control', 'public, max-age=31536000, immutable')
        .header('vary', 'Accept-Encoding')
        .header('etag', asset.etag)
        .type(asset.type);
      if (encoding !== 'identity') void reply.header('content-encoding', encoding);
      return reply.send(asset.bodies[encoding] ?? asset.bodies.identity);
    },
  });
}

function loadAssets(dir: string): Map<string, Asset> {
  if (!existsSync(dir)) return new Map();
  const files = new Set(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name))),
  );
  const assets = new Map<string, Asset>();
  for (const name of files) {
    if (name.endsWith('.br') || name.endsWith('.gz')) continue;
    const identity = readFileSync(join(dir, name));
    const bodies: Asset['bodies'] = { identity };
    if (files.has(`${name}.br`)) bodies.br = readFileSync(join(dir, `${name}.br`));
    if (files.has(`${name}.gz`)) bodies.gzip = readFileSync(join(dir, `${name}.gz`));
    assets.set(name.split(sep).join('/'), {
      type: contentType(extname(name)) || 'application/octet-stream',
      // Weak: the brotli, gzip and plain bodies are the same content in different codings.
      etag: `W/"${createHash('sha256').update(identity).digest('base64url').slice(0, 22)}"`,
      bodies,
      encodings: (['br', 'gzip', 'identity'] as const).filter((e) => bodies[e]),
    });
  }
  return assets;
}
