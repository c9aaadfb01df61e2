import type { Request } from 'express';

// A host name or IPv4/IPv6 literal with an optional port: nothing a forged header could smuggle into a link.
const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The origin the client used to reach us. Express reads X-Forwarded-Proto and X-Forwarded-Host
 * only from the proxies TRUST_PROXY trusts; otherwise the connection's own protocol and
 * Host header count. Null when there is no request or the host is not a plain host name.
 */
export function requestOrigin(req: Pick<Request, 'protocol' | 'host'> | undefined): string | null {
  const host = req?.host;
  if (!host || !HOST.test(host)) return null;
  return `${req.protocol === 'https' ? 'https' : 'http'}://${host}`;
}

/** Where links point: PUBLIC_URL when set, else the request's origin, else this machine. */
export function publicOrigin(
  publicUrl: string | undefined,
  req: Pick<Request, 'protocol' | 'host'> | undefined,
  port: number,
): string {
  return (publicUrl ?? requestOrigin(req) ?? `http://localhost:${port}`).replace(/\/+$/, '');
}
