import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import LinkHeader from 'http-link-header';
import type { JWTPayload } from 'jose';
import { DataSource } from 'typeorm';
import {
  CohortRosterImport,
  type RosterImportResult,
  type RosterPerson,
  type RosterPlan,
} from '../cohorts/index.js';
import { notFound } from '../common/errors.js';
import type { CurrentUser } from '../common/graphql-context.js';
import { CLAIM } from './lti-claims.js';
import { mayAddContent } from './lti-deep-linking.service.js';
import { LtiKeysService } from './lti-keys.service.js';
import { platformUnavailable, scopeDenied, serviceToken } from './lti-service-token.js';
import { LtiCourseRosterEntity, type LtiPlatformEntity } from './lti.entities.js';

/** Names and Role Provisioning Services 2.0 (https://www.imsglobal.org/spec/lti-nrps/v2p0). */
export const NRPS_CLAIM = 'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice';
export const NRPS_SCOPE =
  'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly';
const CONTEXT_CLAIM = 'https://purl.imsglobal.org/spec/lti/claim/context';
const MEMBERSHIP_TYPE = 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json';
/** A roster larger than a cohort could ever be is refused rather than read forever. */
export const MAX_ROSTER_MEMBERS = 1000;
const MAX_PAGES = 100;

interface NrpsMember {
  user_id?: unknown;
  status?: unknown;
  name?: unknown;
  given_name?: unknown;
  family_name?: unknown;
  email?: unknown;
  roles?: unknown;
}

/** A roster as read from the platform: the learners to import and how many others it left out. */
export interface PlatformRoster {
  learners: RosterPerson[];
  /** Instructors and other non-learners, and inactive members: never imported. */
  leftOut: number;
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const isLearner = (roles: unknown) =>
  Array.isArray(roles) && roles.some((r) => typeof r === 'string' && /[#/]Learner$/.test(r));

/**
 * A teacher pre-fills a cohort from the roster of the platform course they launched the academy
 * from. The launch remembers the course's memberships URL (only for instructors); reading it
 * takes a service token and follows the `next` links page by page. People are matched to academy
 * accounts by the platform's `sub` through the launch links, never by email.
 */
@Injectable()
export class LtiRosterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly keys: LtiKeysService,
    private readonly cohorts: CohortRosterImport,
  ) {}

  /** On an instructor's launch that offers NRPS, remembers the course for that teacher. */
  async rememberLaunch(platform: LtiPlatformEntity, userId: string, claims: JWTPayload) {
    const service = claims[NRPS_CLAIM] as { context_memberships_url?: unknown } | undefined;
    const context = claims[CONTEXT_CLAIM] as { id?: unknown; title?: unknown; label?: unknown };
    const url = text(service?.context_memberships_url);
    const contextId = text(context?.id);
    if (!url || !contextId || !platform.tokenUrl || !mayAddContent(claims[CLAIM.roles])) return;
    try {
      if (!/^https?:$/.test(new URL(url).protocol)) return;
    } catch {
      return;
    }
    const title = text(context?.title) || text(context?.label) || contextId;
    await this.dataSource.query(
      `INSERT INTO lti_course_rosters (user_id, platform_id, context_id, context_title, memberships_url)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (user_id, platform_id, context_id)
       DO UPDATE SET context_title = excluded.context_title, memberships_url = excluded.memberships_url, updated_at = now()`,
      [userId, platform.id, contextId, title.slice(0, 500), url],
    );
  }

  /** The platform courses this teacher may import, newest launch first. */
  list(user: CurrentUser): Promise<LtiCourseRosterEntity[]> {
    return this.dataSource.getRepository(LtiCourseRosterEntity).find({
      where: { userId: user.id },
      relations: { platform: true },
      order: { updatedAt: 'DESC' },
    });
  }

  async preview(
    user: CurrentUser,
    cohortId: string,
    rosterId: string,
  ): Promise<{ roster: LtiCourseRosterEntity; plan: RosterPlan; leftOut: number }> {
    await this.cohorts.hostedCohortName(user, cohortId); // NOT_FOUND before calling the platform
    const roster = await this.owned(user, rosterId);
    const read = await this.read(roster);
    return {
      roster,
      plan: await this.cohorts.preview(user, cohortId, read.learners),
      leftOut: read.leftOut,
    };
  }

  async import(user: CurrentUser, cohortId: string, rosterId: string): Promise<RosterImportResult> {
    await this.cohorts.hostedCohortName(user, cohortId);
    const roster = await this.owned(user, rosterId);
    // Read before the transaction: the platform's answer must not hold the cohort lock.
    const { learners } = await this.read(roster);
    return this.cohorts.apply(user, cohortId, learners);
  }

  private async owned(user: CurrentUser, rosterId: string): Promise<LtiCourseRosterEntity> {
    const roster = await this.dataSource
      .getRepository(LtiCourseRosterEntity)
      .findOne({ where: { id: rosterId, userId: user.id }, relations: { platform: true } });
    if (!roster?.platform) throw notFound('The platform course');
    return roster;
  }

  /** Every page of the course's memberships, learners matched to linked accounts. */
  async read(roster: LtiCourseRosterEntity): Promise<PlatformRoster> {
    const platform = roster.platform!;
    const token = await serviceToken(this.keys, platform, NRPS_SCOPE).catch((error: unknown) => {
      if (error instanceof Error && error.name === 'AppError') throw error;
      throw platformUnavailable(platform, 'its course roster');
    });
    const members: NrpsMember[] = [];
    let next: string | undefined = roster.membershipsUrl;
    for (let page = 0; next; page++) {
      if (page >= MAX_PAGES) throw platformUnavailable(platform, 'a roster of sensible length');
      const res: Response = await fetch(next, {
        headers: { authorization: `Bearer ${token}`, accept: MEMBERSHIP_TYPE },
        signal: AbortSignal.timeout(10_000),
      }).catch(() => {
        throw platformUnavailable(platform, 'its course roster');
      });
      if (res.status === 401 || res.status === 403) throw scopeDenied(platform, NRPS_SCOPE);
      const body = (await res.json().catch(() => null)) as { members?: unknown } | null;
      if (!res.ok || !Array.isArray(body?.members))
        throw platformUnavailable(platform, 'its course roster');
      members.push(...(body.members as NrpsMember[]));
      if (members.length > MAX_ROSTER_MEMBERS)
        throw platformUnavailable(platform, `a roster of at most ${MAX_ROSTER_MEMBERS} people`);
      next = nextPage(res.headers.get('link'), next);
    }
    return this.match(platform, members);
  }

  private async match(platform: LtiPlatformEntity, members: NrpsMember[]) {
    const active = members.filter(
      (m) =>
        text(m.user_id) && (m.status === undefined || m.status === 'Active') && isLearner(m.roles),
    );
    const subjects = [...new Set(active.map((m) => text(m.user_id)))];
    const links = new Map(
      (
        await this.dataSource.query<{ subject: string; user_id: string }[]>(
          `SELECT subject, user_id FROM lti_account_links WHERE issuer = $1 AND subject = ANY($2::text[])`,
          [platform.issuer, subjects],
        )
      ).map((l) => [l.subject, l.user_id]),
    );
    const seen = new Set<string>();
    const learners: RosterPerson[] = [];
    for (const m of active) {
      const key = text(m.user_id);
      if (seen.has(key)) continue;
      seen.add(key);
      const email = text(m.email) || null;
      const name =
        text(m.name) ||
        [text(m.given_name), text(m.family_name)].filter(Boolean).join(' ') ||
        email?.split('@')[0] ||
        key;
      learners.push({ key, name: name.slice(0, 200), email, userId: links.get(key) ?? null });
    }
    return { learners, leftOut: members.length - learners.length };
  }
}

/** The `rel="next"` page (RFC 8288), resolved against the page it came from; same origin only. */
export function nextPage(header: string | null, current: string): string | undefined {
  if (!header) return undefined;
  const ref = LinkHeader.parse(header).rel('next')[0];
  if (!ref) return undefined;
  const url = new URL(ref.uri, current);
  return url.origin === new URL(current).origin ? url.toString() : undefined;
}
