import { randomUUID } from 'node:crypto';
import { importJWK, SignJWT } from 'jose';
import { AppError, ErrorCode } from '../common/errors.js';
import { LTI_KEY_ALG, type LtiKeysService } from './lti-keys.service.js';
import type { LtiPlatformEntity } from './lti.entities.js';

/** Why a platform service call failed (`extensions.reason`): the web app names each. */
export enum LtiServiceProblem {
  /** The platform does not grant the academy the scope (e.g. NRPS not enabled for the tool). */
  ScopeDenied = 'LTI_SCOPE_DENIED',
  /** The platform did not answer, or answered something unreadable. */
  PlatformUnavailable = 'LTI_PLATFORM_UNAVAILABLE',
}

export const scopeDenied = (platform: LtiPlatformEntity, scope: string) =>
  new AppError(
    ErrorCode.Forbidden,
    `The platform ${platform.name} refused the academy the scope ${scope}; an administrator of the platform must allow this service for the academy's tool registration.`,
    { reason: LtiServiceProblem.ScopeDenied, scope },
  );

export const platformUnavailable = (platform: LtiPlatformEntity, what: string) =>
  new AppError(
    ErrorCode.Conflict,
    `The platform ${platform.name} could not be asked for ${what}; try again later.`,
    { reason: LtiServiceProblem.PlatformUnavailable },
  );

/**
 * An OAuth2 access token for LTI Advantage services: client credentials with a JWT client
 * assertion (RFC 7523) signed by the tool key, as LTI Security 1.0 (4.1) asks. `denied` is
 * what to throw when the platform refuses the scope (OAuth2 `invalid_scope`, or a grant
 * without it); other failures throw a plain Error, which the job queue retries.
 */
export async function serviceToken(
  keys: LtiKeysService,
  platform: LtiPlatformEntity,
  scope: string,
): Promise<string> {
  const tokenUrl = platform.tokenUrl;
  if (!tokenUrl) throw scopeDenied(platform, scope);
  const privateJwk = await keys.signingKey();
  const assertion = await new SignJWT({ jti: randomUUID() })
    .setProtectedHeader({ alg: LTI_KEY_ALG, kid: privateJwk.kid, typ: 'JWT' })
    .setIssuer(platform.clientId)
    .setSubject(platform.clientId)
    .setAudience(tokenUrl)
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(await importJWK(privateJwk, LTI_KEY_ALG));
  const res = await fetch(tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion,
      scope,
    }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await res.json().catch(() => ({}))) as {
    access_token?: unknown;
    scope?: unknown;
    error?: unknown;
  };
  if (body.error === 'invalid_scope' || body.error === 'unauthorized_client')
    throw scopeDenied(platform, scope);
  if (!res.ok || typeof body.access_token !== 'string')
    throw new Error(`The platform ${platform.issuer} gave no access token: HTTP ${res.status}`);
  // RFC 6749 5.1: a granted scope that differs from the requested one is returned.
  if (typeof body.scope === 'string' && !body.scope.split(' ').includes(scope))
    throw scopeDenied(platform, scope);
  return body.access_token;
}
