import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { SCORE_SCOPE } from './lti-grades.service.js';
import { NRPS_SCOPE } from './lti-roster.service.js';
import { LtiPlatformEntity } from './lti.entities.js';
import { LtiProblem, ltiError } from './lti.errors.js';

/** A registration link works this long, once. */
export const REGISTRATION_LINK_TTL_MS = 24 * 3_600_000;
const PLATFORM_CONFIGURATION = 'https://purl.imsglobal.org/spec/lti-platform-configuration';
const TOOL_CONFIGURATION = 'https://purl.imsglobal.org/spec/lti-tool-configuration';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const httpUrl = z.url({ protocol: /^https?$/ });

/** The platform's OpenID configuration, as LTI Dynamic Registration 1.0 (3.4) requires it. */
const platformConfiguration = z.object({
  issuer: httpUrl,
  authorization_endpoint: httpUrl,
  token_endpoint: httpUrl,
  jwks_uri: httpUrl,
  registration_endpoint: httpUrl,
  id_token_signing_alg_values_supported: z
    .array(z.string())
    .refine((algs) => algs.includes('RS256'), 'must include RS256'),
  [PLATFORM_CONFIGURATION]: z.object({ product_family_code: z.string().optional() }).loose(),
});

/** The platform's answer to the tool's registration (OIDC Dynamic Client Registration + LTI). */
const registrationAnswer = z.object({
  client_id: z.string().min(1).max(500),
  [TOOL_CONFIGURATION]: z.object({ deployment_id: z.string().min(1).max(255) }).loose(),
});

const problemsOf = (error: z.ZodError) =>
  error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');

/**
 * LTI Dynamic Registration 1.0 (https://www.imsglobal.org/spec/lti-dr/v1p0): an administrator
 * makes a single-use link; the platform's administrator pastes it into the platform, which opens
 * it with its openid_configuration URL and a registration token. The academy reads and checks
 * that configuration, posts its own tool configuration, and stores the registration it got back.
 */
@Injectable()
export class LtiRegistrationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new registration URL for the admin to paste into the platform; valid once, for a day. */
  async createLink(adminId: string, origin: string): Promise<{ url: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + REGISTRATION_LINK_TTL_MS);
    await this.dataSource.query(
      `INSERT INTO lti_registration_tokens (token_hash, created_by, expires_at) VALUES ($1, $2, $3)`,
      [sha256(token), adminId, expiresAt],
    );
    return { url: `${origin}/lti/register/${token}`, expiresAt };
  }

  /** The tool configuration the academy posts to the platform (LTI-DR 3.5). */
  toolConfiguration(origin: string) {
    return {
      application_type: 'web',
      response_types: ['id_token'],
      grant_types: ['implicit', 'client_credentials'],
      initiate_login_uri: `${origin}/lti/login`,
      redirect_uris: [`${origin}/lti/launch`],
      client_name: this.config.issuerName,
      jwks_uri: `${origin}/lti/jwks.json`,
      token_endpoint_auth_method: 'private_key_jwt',
      scope: [SCORE_SCOPE, NRPS_SCOPE].join(' '),
      [TOOL_CONFIGURATION]: {
        domain: new URL(origin).host,
        target_link_uri: `${origin}/`,
        claims: ['iss', 'sub', 'name', 'given_name', 'family_name', 'email', 'locale'],
        messages: [
          { type: 'LtiResourceLinkRequest' },
          { type: 'LtiDeepLinkingRequest', target_link_uri: `${origin}/lti/launch` },
        ],
      },
    };
  }

  /** Runs the registration the platform opened; returns the stored platform. */
  async register(
    linkToken: string,
    params: { openid_configuration?: unknown; registration_token?: unknown },
    origin: string,
  ): Promise<LtiPlatformEntity> {
    await this.usableLink(linkToken);
    const configUrl = httpUrl.safeParse(params.openid_configuration);
    if (!configUrl.success)
      throw ltiError(
        LtiProblem.MissingParameter,
        'The platform opened the registration link without an openid_configuration URL.',
      );
    const registrationToken =
      typeof params.registration_token === 'string' ? params.registration_token : undefined;

    const platform = await this.platformConfiguration(configUrl.data);
    const answer = await this.post(platform.registration_endpoint, registrationToken, origin);
    const deploymentId = answer[TOOL_CONFIGURATION].deployment_id;
    const name =
      platform[PLATFORM_CONFIGURATION].product_family_code?.trim() || new URL(platform.issuer).host;

    return this.dataSource.transaction(async (em) => {
      const [link] = await em.query<{ used_at: Date | null; expires_at: Date }[]>(
        `SELECT used_at, expires_at FROM lti_registration_tokens WHERE token_hash = $1 FOR UPDATE`,
        [sha256(linkToken)],
      );
      if (!link || link.used_at) throw linkInvalid();
      const repo = em.getRepository(LtiPlatformEntity);
      let saved: LtiPlatformEntity;
      try {
        saved = await repo.save(
          repo.create({
            name: `${name} (${new URL(platform.issuer).host})`.slice(0, 200),
            issuer: platform.issuer,
            clientId: answer.client_id,
            deploymentIds: [deploymentId],
            authLoginUrl: platform.authorization_endpoint,
            jwksUrl: platform.jwks_uri,
            tokenUrl: platform.token_endpoint,
          }),
        );
      } catch (error) {
        if (
          error instanceof QueryFailedError &&
          (error.driverError as { code?: string }).code === '23505'
        )
          throw ltiError(
            LtiProblem.RegistrationRefused,
            `A platform with the issuer ${platform.issuer} and client ID ${answer.client_id} is registered already.`,
          );
        throw error;
      }
      await em.query(
        `UPDATE lti_registration_tokens SET used_at = now(), platform_id = $2 WHERE token_hash = $1`,
        [sha256(linkToken), saved.id],
      );
      return saved;
    });
  }

  private async usableLink(token: string) {
    const [link] = await this.dataSource.query<{ used_at: Date | null; expires_at: Date }[]>(
      `SELECT used_at, expires_at FROM lti_registration_tokens WHERE token_hash = $1`,
      [sha256(token)],
    );
    if (!link || link.used_at || new Date(link.expires_at).getTime() < Date.now())
      throw linkInvalid();
  }

  private async platformConfiguration(url: string) {
    const body = await fetchJson(url, { headers: { accept: 'application/json' } });
    const parsed = platformConfiguration.safeParse(body);
    if (!parsed.success)
      throw ltiError(
        LtiProblem.InvalidPlatformConfiguration,
        `The platform's OpenID configuration at ${url} is not usable: ${problemsOf(parsed.error)}.`,
      );
    // LTI-DR 3.5.1: the issuer must be the prefix of the configuration URL it was read from.
    const issuer = parsed.data.issuer.replace(/\/+$/, '');
    if (url !== `${issuer}/.well-known/openid-configuration` && !url.startsWith(`${issuer}/`))
      throw ltiError(
        LtiProblem.InvalidPlatformConfiguration,
        `The platform's issuer ${parsed.data.issuer} does not match the configuration URL ${url}.`,
      );
    return parsed.data;
  }

  private async post(endpoint: string, token: string | undefined, origin: string) {
    const body = await fetchJson(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(this.toolConfiguration(origin)),
    });
    const parsed = registrationAnswer.safeParse(body);
    if (!parsed.success)
      throw ltiError(
        LtiProblem.RegistrationRefused,
        `The platform's answer to the registration lacks what the academy needs: ${problemsOf(parsed.error)}.`,
      );
    return parsed.data;
  }
}

const linkInvalid = () =>
  ltiError(
    LtiProblem.RegistrationLinkInvalid,
    'This registration link is unknown, used already or expired; an administrator of the academy makes a new one.',
  );

async function fetchJson(url: string, init: RequestInit): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, redirect: 'error', signal: AbortSignal.timeout(10_000) });
  } catch {
    throw ltiError(
      LtiProblem.InvalidPlatformConfiguration,
      `The academy could not reach the platform at ${url}.`,
    );
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok)
    throw ltiError(
      LtiProblem.RegistrationRefused,
      `The platform answered HTTP ${res.status} at ${url}${
        body && typeof body === 'object' && 'error' in body ? ` (${String(body.error)})` : ''
      }.`,
    );
  return body;
}
