import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTPayload } from 'jose';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { IdentityService, type NewSession, supportedLocales } from '../identity/index.js';
import {
  deepLinkSettings,
  LtiDeepLinkingService,
  mayAddContent,
} from './lti-deep-linking.service.js';
import { LtiGradesService } from './lti-grades.service.js';
import { LtiRosterService } from './lti-roster.service.js';
import { LtiPlatformsService } from './lti-platforms.service.js';
import { CLAIM, displayNameOf, launchTarget } from './lti-claims.js';
import type { LtiPlatformEntity } from './lti.entities.js';
import { LtiProblem, ltiError } from './lti.errors.js';

/** A platform has this long between the login redirect and posting the id_token back. */
const LOGIN_TTL_MS = 10 * 60_000;
/** id_tokens older than this (by `iat`) are refused, whatever their `exp`. */
const MAX_TOKEN_AGE = '10m';
const CLOCK_TOLERANCE_SECONDS = 60;
const ALGORITHMS = ['RS256', 'RS384', 'RS512'];

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const random = () => randomBytes(32).toString('base64url');

/**
 * Platform key sets by URL. This caches public data only (jose refetches on an unknown `kid`,
 * at most every 30 s), so replicas need not share it.
 */
const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
function keySet(url: string) {
  let set = keySets.get(url);
  if (!set) {
    set = createRemoteJWKSet(new URL(url), { timeoutDuration: 5000 });
    keySets.set(url, set);
  }
  return set;
}

export interface LoginRequest {
  iss?: string;
  login_hint?: string;
  target_link_uri?: string;
  lti_message_hint?: string;
  client_id?: string;
  lti_deployment_id?: string;
}

/** Where to send the browser (a path within the academy), and the session of a resource link launch. */
export type LaunchResult =
  | { kind: 'resourceLink'; session: NewSession; redirectTo: string; created: boolean }
  | { kind: 'deepLinking'; redirectTo: string };

/**
 * LTI 1.3 resource-link launches: the OIDC third-party-initiated login (`login`) and the
 * id_token check that signs the person in (`launch`). State and nonce live in PostgreSQL, so
 * any replica may answer either step.
 */
@Injectable()
export class LtiLaunchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly platforms: LtiPlatformsService,
    private readonly identity: IdentityService,
    private readonly deepLinking: LtiDeepLinkingService,
    private readonly grades: LtiGradesService,
    private readonly rosters: LtiRosterService,
  ) {}

  /** Answers a platform's login initiation with the URL of its authentication request. */
  async login(request: LoginRequest, origin: string): Promise<string> {
    const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
    const iss = text(request.iss);
    const loginHint = text(request.login_hint);
    const target = text(request.target_link_uri);
    const missing = [
      !iss && 'iss',
      !loginHint && 'login_hint',
      !target && 'target_link_uri',
    ].filter(Boolean);
    if (missing.length)
      throw ltiError(
        LtiProblem.MissingParameter,
        `The platform's login request lacks ${missing.join(', ')}.`,
      );
    const platform = await this.platformForLogin(iss!, text(request.client_id));
    const deploymentId = text(request.lti_deployment_id);
    if (deploymentId && !platform.deploymentIds.includes(deploymentId))
      throw unknownDeployment(deploymentId);

    const state = random();
    const nonce = random();
    await this.dataSource.transaction(async (em) => {
      // Sweep logins that were never completed; used ones stay an hour to recognise replays.
      await em.query(`DELETE FROM lti_launch_states WHERE expires_at < now() - interval '1 hour'`);
      await em.query(
        `DELETE FROM lti_deep_link_requests WHERE expires_at < now() - interval '1 hour'`,
      );
      await em.query(
        `INSERT INTO lti_launch_states (state_hash, nonce, platform_id, expires_at) VALUES ($1, $2, $3, $4)`,
        [sha256(state), nonce, platform.id, new Date(Date.now() + LOGIN_TTL_MS)],
      );
    });
    const url = new URL(platform.authLoginUrl);
    const params: Record<string, string | undefined> = {
      scope: 'openid',
      response_type: 'id_token',
      response_mode: 'form_post',
      prompt: 'none',
      client_id: platform.clientId,
      redirect_uri: `${origin}/lti/launch`,
      login_hint: loginHint,
      lti_message_hint: text(request.lti_message_hint),
      state,
      nonce,
    };
    for (const [key, value] of Object.entries(params))
      if (value !== undefined) url.searchParams.set(key, value);
    return url.toString();
  }

  /** Checks the id_token a platform posted and signs its person in. */
  async launch(
    idToken: string | undefined,
    state: string | undefined,
    origin: string,
  ): Promise<LaunchResult> {
    if (!idToken || !state)
      throw ltiError(
        LtiProblem.MissingParameter,
        `The launch lacks ${[!idToken && 'id_token', !state && 'state'].filter(Boolean).join(' and ')}.`,
      );
    const platform = await this.platformForToken(idToken);
    const claims = await this.verify(idToken, platform);

    const deploymentId = claims[CLAIM.deploymentId];
    if (typeof deploymentId !== 'string' || !platform.deploymentIds.includes(deploymentId))
      throw unknownDeployment(typeof deploymentId === 'string' ? deploymentId : '(none)');
    const messageType = claims[CLAIM.messageType];
    if (messageType !== 'LtiResourceLinkRequest' && messageType !== 'LtiDeepLinkingRequest')
      throw ltiError(
        LtiProblem.UnsupportedMessage,
        `The academy accepts resource link launches (LtiResourceLinkRequest) and content selection (LtiDeepLinkingRequest) only, not ${shown(messageType, 'a message without a type')}.`,
      );
    if (claims[CLAIM.version] !== '1.3.0')
      throw ltiError(
        LtiProblem.UnsupportedVersion,
        `The launch is for LTI version ${shown(claims[CLAIM.version], '(none)')}; the academy speaks LTI 1.3.0.`,
      );

    if (messageType === 'LtiDeepLinkingRequest') {
      const settings = deepLinkSettings(claims);
      if (!mayAddContent(claims[CLAIM.roles]))
        throw ltiError(
          LtiProblem.NotAllowed,
          'Only teachers, content developers and administrators of the platform can add the academy’s content.',
        );
      await this.consumeState(state, platform, claims.nonce);
      const id = await this.deepLinking.start(platform, deploymentId, settings);
      return { kind: 'deepLinking', redirectTo: `/lti/deep-link/${id}` };
    }

    const resourceLink = claims[CLAIM.resourceLink] as { id?: unknown } | undefined;
    if (typeof resourceLink?.id !== 'string' || typeof claims.sub !== 'string' || !claims.sub)
      throw ltiError(
        LtiProblem.InvalidClaim,
        'The launch lacks the person (sub) or the resource link id; anonymous launches cannot sign anyone in.',
      );

    await this.consumeState(state, platform, claims.nonce);

    const { userId, created } = await this.linkedAccount(platform, claims);
    const session = await this.identity.openSessionForUser(userId, this.config.sessionTtlDays);
    const custom = claims[CLAIM.custom];
    await this.grades.linkLaunch(
      platform,
      userId,
      claims,
      custom && typeof custom === 'object' ? (custom as Record<string, unknown>) : undefined,
    );
    await this.rosters.rememberLaunch(platform, userId, claims);
    return {
      kind: 'resourceLink',
      session,
      created,
      redirectTo: launchTarget(
        custom && typeof custom === 'object' ? (custom as Record<string, unknown>) : undefined,
        claims[CLAIM.targetLinkUri],
        origin,
      ),
    };
  }

  private async platformForLogin(issuer: string, clientId: string | undefined) {
    const candidates = await this.platforms.byIssuer(issuer);
    if (candidates.length === 0) throw unknownIssuer(issuer);
    if (clientId) {
      const platform = candidates.find((p) => p.clientId === clientId);
      if (!platform)
        throw ltiError(
          LtiProblem.UnknownClient,
          `No platform with issuer ${issuer} and client ID ${clientId} is registered in the academy.`,
        );
      return platform;
    }
    if (candidates.length > 1)
      throw ltiError(
        LtiProblem.MissingParameter,
        `Several registrations share the issuer ${issuer}; the platform must send client_id with its login request.`,
      );
    return candidates[0]!;
  }

  /** The registration the token claims to come from (checked by its signature next). */
  private async platformForToken(idToken: string): Promise<LtiPlatformEntity> {
    let unverified: JWTPayload;
    try {
      unverified = decodeJwt(idToken);
    } catch {
      throw ltiError(LtiProblem.MalformedToken, 'The id_token is not a readable JSON Web Token.');
    }
    if (typeof unverified.iss !== 'string') throw unknownIssuer('(none)');
    const candidates = await this.platforms.byIssuer(unverified.iss);
    if (candidates.length === 0) throw unknownIssuer(unverified.iss);
    const audiences = Array.isArray(unverified.aud) ? unverified.aud : [unverified.aud];
    const platform = candidates.find((p) => audiences.includes(p.clientId));
    if (!platform) throw wrongAudience();
    return platform;
  }

  private async verify(idToken: string, platform: LtiPlatformEntity): Promise<JWTPayload> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(idToken, keySet(platform.jwksUrl), {
        issuer: platform.issuer,
        audience: platform.clientId,
        algorithms: ALGORITHMS,
        requiredClaims: ['exp', 'iat', 'nonce', 'sub'],
        maxTokenAge: MAX_TOKEN_AGE,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      }));
    } catch (error) {
      throw tokenError(error);
    }
    // Several audiences: the one it was issued for must be named (OIDC Core 3.1.3.7).
    const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
    if ((audiences.length > 1 || payload.azp !== undefined) && payload.azp !== platform.clientId)
      throw wrongAudience();
    return payload;
  }

  /** Marks the login used; refuses an unknown, expired or used state, or a nonce it did not issue. */
  private async consumeState(state: string, platform: LtiPlatformEntity, nonce: unknown) {
    await this.dataSource.transaction(async (em) => {
      const [row] = await em.query<
        { nonce: string; platform_id: string; expires_at: Date; used_at: Date | null }[]
      >(
        `SELECT nonce, platform_id, expires_at, used_at FROM lti_launch_states WHERE state_hash = $1 FOR UPDATE`,
        [sha256(state)],
      );
      if (!row || row.platform_id !== platform.id)
        throw ltiError(
          LtiProblem.UnknownState,
          'The launch does not answer a sign-in the academy started (unknown state).',
        );
      if (row.nonce !== nonce)
        throw ltiError(
          LtiProblem.NonceMismatch,
          'The id_token carries another nonce than the one the academy sent for this sign-in.',
        );
      if (row.used_at)
        throw ltiError(
          LtiProblem.ReplayedNonce,
          'This launch was used already: each nonce signs in once only (replayed launch).',
        );
      if (new Date(row.expires_at).getTime() < Date.now())
        throw ltiError(
          LtiProblem.ExpiredLogin,
          'The sign-in took too long (more than 10 minutes between login and launch).',
        );
      await em.query(`UPDATE lti_launch_states SET used_at = now() WHERE state_hash = $1`, [
        sha256(state),
      ]);
    });
  }

  /** The account linked to (issuer, sub), created at the first launch. Never matched by email. */
  private async linkedAccount(platform: LtiPlatformEntity, claims: JWTPayload) {
    const subject = claims.sub!;
    return this.dataSource.transaction(async (em) => {
      // Two first launches of one person at once must not create two accounts.
      await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
        `academy:lti-link:${platform.issuer}\n${subject}`,
      ]);
      const [link] = await em.query<{ id: string; user_id: string }[]>(
        `SELECT id, user_id FROM lti_account_links WHERE issuer = $1 AND subject = $2`,
        [platform.issuer, subject],
      );
      if (link) {
        await em.query(
          `UPDATE lti_account_links SET last_launch_at = now(), platform_id = $2 WHERE id = $1`,
          [link.id, platform.id],
        );
        return { userId: link.user_id, created: false };
      }
      const presentation = claims[CLAIM.launchPresentation] as { locale?: unknown } | undefined;
      const language =
        typeof presentation?.locale === 'string'
          ? presentation.locale.toLowerCase().split(/[-_]/)[0]
          : undefined;
      const userId = await this.identity.createExternalAccount(em, {
        externalKey: `lti-${sha256(`${platform.issuer}\n${subject}`).slice(0, 32)}`,
        displayName: displayNameOf(claims) ?? `Learner from ${platform.name}`,
        preferredLocale: (supportedLocales as readonly string[]).includes(language ?? '')
          ? language!
          : 'en',
      });
      await em.query(
        `INSERT INTO lti_account_links (issuer, subject, user_id, platform_id) VALUES ($1, $2, $3, $4)`,
        [platform.issuer, subject, userId, platform.id],
      );
      return { userId, created: true };
    });
  }
}

const unknownIssuer = (issuer: string) =>
  ltiError(
    LtiProblem.UnknownIssuer,
    `No platform with the issuer ${issuer} is registered in the academy.`,
  );
const unknownDeployment = (id: string) =>
  ltiError(
    LtiProblem.UnknownDeployment,
    `The deployment ${id} is not registered for this platform in the academy.`,
  );
const wrongAudience = () =>
  ltiError(
    LtiProblem.WrongAudience,
    'The id_token was issued for another tool (its audience is not the client ID registered for the academy).',
  );

function tokenError(error: unknown) {
  if (error instanceof errors.JWTExpired)
    return ltiError(LtiProblem.ExpiredToken, 'The id_token has expired.');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return wrongAudience();
    if (error.claim === 'iat')
      return ltiError(
        LtiProblem.ExpiredToken,
        'The id_token is too old or dated in the future (iat).',
      );
    return ltiError(
      LtiProblem.InvalidClaim,
      `The id_token's ${error.claim} claim is not valid: ${error.reason}.`,
    );
  }
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JWKSNoMatchingKey ||
    error instanceof errors.JWKSMultipleMatchingKeys ||
    error instanceof errors.JOSEAlgNotAllowed
  )
    return ltiError(
      LtiProblem.BadSignature,
      "The id_token's signature does not match the platform's published keys (bad signature).",
    );
  if (error instanceof errors.JWTInvalid || error instanceof errors.JWSInvalid)
    return ltiError(
      LtiProblem.MalformedToken,
      'The id_token is not a valid signed JSON Web Token.',
    );
  return ltiError(
    LtiProblem.PlatformKeysUnavailable,
    "The academy could not read the platform's public keys (JWKS URL) to check the id_token.",
  );
}

/** A claim's value in an error message: text as it is, anything else as JSON. */
function shown(value: unknown, missing: string): string {
  if (value === undefined || value === null) return missing;
  return typeof value === 'string' ? value : JSON.stringify(value);
}
