import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { importJWK, type JWTPayload, SignJWT } from 'jose';
import { DataSource } from 'typeorm';
import { conflict, notFound } from '../common/errors.js';
import { type CatalogueCourse, CourseCatalogue } from '../curriculum/index.js';
import { CLAIM, DL_CLAIM } from './lti-claims.js';
import { LTI_KEY_ALG, LtiKeysService } from './lti-keys.service.js';
import { LtiDeepLinkRequestEntity, LtiPlatformEntity } from './lti.entities.js';
import { LtiProblem, ltiError } from './lti.errors.js';

/** A teacher has this long to pick a course or module. */
const PICK_TTL_MS = 30 * 60_000;
const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** Roles that may add activities: instructors, content developers, administrators (LIS vocabulary). */
export const mayAddContent = (roles: unknown) =>
  Array.isArray(roles) &&
  roles.some(
    (r) =>
      typeof r === 'string' &&
      (/#(Instructor|ContentDeveloper|Administrator)$/.test(r) ||
        r.includes('membership/Instructor#')),
  );

export interface DeepLinkSettings {
  returnUrl: string;
  data: string | null;
}

/** Reads and checks the deep_linking_settings claim of an LtiDeepLinkingRequest. */
export function deepLinkSettings(claims: JWTPayload): DeepLinkSettings {
  const settings = claims[DL_CLAIM.settings] as
    | { deep_link_return_url?: unknown; accept_types?: unknown; data?: unknown }
    | undefined;
  const returnUrl = settings?.deep_link_return_url;
  let valid = false;
  try {
    valid = typeof returnUrl === 'string' && /^https?:$/.test(new URL(returnUrl).protocol);
  } catch {
    valid = false;
  }
  if (!valid)
    throw ltiError(
      LtiProblem.InvalidClaim,
      'The content selection request lacks a valid deep_link_return_url.',
    );
  if (!Array.isArray(settings?.accept_types) || !settings.accept_types.includes('ltiResourceLink'))
    throw ltiError(
      LtiProblem.UnsupportedMessage,
      'The platform does not accept LTI resource links here (accept_types), the only content the academy offers.',
    );
  return {
    returnUrl: returnUrl as string,
    data: typeof settings.data === 'string' ? settings.data : null,
  };
}

export interface Pick {
  request: LtiDeepLinkRequestEntity;
  courses: CatalogueCourse[];
}

/**
 * Deep Linking 2.0: a teacher picks a course or a module of the academy's catalogue, and the
 * academy answers the platform with a signed LtiDeepLinkingResponse holding one resource link
 * whose custom parameters open that course or module's first lesson at launch.
 */
@Injectable()
export class LtiDeepLinkingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalogue: CourseCatalogue,
    private readonly keys: LtiKeysService,
  ) {}

  async start(platform: LtiPlatformEntity, deploymentId: string, settings: DeepLinkSettings) {
    const saved = await this.dataSource.getRepository(LtiDeepLinkRequestEntity).save({
      platformId: platform.id,
      deploymentId,
      returnUrl: settings.returnUrl,
      data: settings.data,
      expiresAt: new Date(Date.now() + PICK_TTL_MS),
    });
    return saved.id;
  }

  /** The open request and what may be picked; NOT_FOUND or CONFLICT when it cannot be answered. */
  async pick(id: string, locale: string): Promise<Pick> {
    const request = await this.open(id);
    return { request, courses: await this.catalogue.courses(locale) };
  }

  /**
   * Answers the request with the chosen `course:<slug>` or `module:<slug>` (checked against the
   * catalogue), once. Returns where to post the signed response.
   */
  async respond(
    id: string,
    choice: string,
    origin: string,
    locale = 'en',
  ): Promise<{ returnUrl: string; jwt: string }> {
    const request = await this.open(id);
    const [kind, slug] = choice.split(':');
    if (!slug || !SLUG.test(slug)) throw notFound('The chosen course or module');
    const courses = await this.catalogue.courses(locale);
    let item: { title: string; custom: Record<string, string> } | undefined;
    if (kind === 'course') {
      const course = courses.find((c) => c.slug === slug);
      if (course) item = { title: course.title, custom: { course: slug } };
    } else if (kind === 'module') {
      const module = courses.flatMap((c) => c.modules).find((m) => m.slug === slug);
      if (module?.firstLesson)
        item = { title: module.title, custom: { module: slug, lesson: module.firstLesson } };
    }
    if (!item) throw notFound('The chosen course or module');

    const used = await this.dataSource.query<unknown[]>(
      `UPDATE lti_deep_link_requests SET used_at = now() WHERE id = $1 AND used_at IS NULL RETURNING id`,
      [id],
    );
    if ((Array.isArray(used[0]) ? used[0] : used).length === 0)
      throw conflict('This content selection was answered already.');

    const platform = await this.dataSource
      .getRepository(LtiPlatformEntity)
      .findOneByOrFail({ id: request.platformId });
    const privateJwk = await this.keys.signingKey();
    const jwt = await new SignJWT({
      nonce: randomBytes(16).toString('base64url'),
      [CLAIM.messageType]: 'LtiDeepLinkingResponse',
      [CLAIM.version]: '1.3.0',
      [CLAIM.deploymentId]: request.deploymentId,
      [DL_CLAIM.contentItems]: [
        { type: 'ltiResourceLink', title: item.title, url: `${origin}/`, custom: item.custom },
      ],
      ...(request.data !== null ? { [DL_CLAIM.data]: request.data } : {}),
    })
      .setProtectedHeader({ alg: LTI_KEY_ALG, kid: privateJwk.kid, typ: 'JWT' })
      .setIssuer(platform.clientId)
      .setAudience(platform.issuer)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(await importJWK(privateJwk, LTI_KEY_ALG));
    return { returnUrl: request.returnUrl, jwt };
  }

  private async open(id: string): Promise<LtiDeepLinkRequestEntity> {
    const request = /^[0-9a-f-]{36}$/i.test(id)
      ? await this.dataSource.getRepository(LtiDeepLinkRequestEntity).findOneBy({ id })
      : null;
    if (!request) throw notFound('The content selection');
    if (request.usedAt) throw conflict('This content selection was answered already.');
    if (request.expiresAt.getTime() < Date.now())
      throw conflict(
        'This content selection has expired. Start it again from your learning platform.',
      );
    return request;
  }
}
