import type { FastifyRequest } from 'fastify';

// A host name or IPv4/IPv6 literal with an optional port: nothing a forged header could smuggle into a link.
const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** What a link's origin is read from: Fastify's request, or anything of the same shape. */
export type OriginSource = Pick<FastifyRequest, 'protocol' | 'host'>;

/**
 * The origin the client used to reach us. Fastify reads X-Forwarded-Proto and X-Forwarded-Host
 * only from the proxies TRUST_PROXY trusts; otherwise the connection's own protocol and
 * Host header count. Null when there is no request or the host is not a plain host name.
 */
export function requestOrigin(req: OriginSource | undefined): string | null {
  const host = req?.host;
  if (!host || !HOST.test(host)) return null;
  return `${req.protocol === 'https' ? 'https' : 'http'}://${host}`;
}

/** Where links point: PUBLIC_URL when set, else the request's origin, else this machine. */
export function publicOrigin(
  publicUrl: string | undefined,
  req: OriginSource | undefined,
  port: number,
): string {
  return (publicUrl ?? requestOrigin(req) ?? `http://localhost:${port}`).replace(/\/+$/, '');
}
