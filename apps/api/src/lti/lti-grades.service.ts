import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JWTPayload } from 'jose';
import { DataSource, type EntityManager } from 'typeorm';
import { JobsService, QUEUES } from '../jobs/index.js';
import { LearningEvents, type QuizSubmitted } from '../learning/index.js';
import { LtiKeysService } from './lti-keys.service.js';
import { serviceToken } from './lti-service-token.js';
import { LtiGradeLinkEntity, type LtiPlatformEntity } from './lti.entities.js';

const AGS_ENDPOINT = 'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint';
export const SCORE_SCOPE = 'https://purl.imsglobal.org/spec/lti-ags/scope/score';
const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** The lti-score job: one passed attempt to post to one line item. */
export interface LtiScoreJob {
  gradeLinkId: string;
  scoreGiven: number;
  scoreMaximum: number;
  timestamp: string;
}

/** The line item's scores URL: `<lineitem>/scores`, keeping its query (AGS 2.0, 3.4). */
export function scoresUrl(lineItem: string): string {
  const url = new URL(lineItem);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/scores`;
  return url.toString();
}

/**
 * Assignment and Grade Services 2.0, scores only: a launch that carries a line item and the
 * score scope, for a module, ties the person to that gradebook column; passing the module's quiz
 * writes an lti-score job in the grading transaction; the job (retried by the queue) gets an
 * OAuth2 token with a JWT client assertion signed by the tool key and posts the score.
 */
@Injectable()
export class LtiGradesService implements OnModuleInit {
  private readonly logger = new Logger('lti');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly events: LearningEvents,
    private readonly keys: LtiKeysService,
  ) {}

  onModuleInit() {
    this.events.onQuizSubmitted((event, em) => this.queueScores(event, em));
    this.jobs.handle<LtiScoreJob>(QUEUES.ltiScore, (job) => this.postScore(job));
  }

  /** Remembers the launch's line item for the module it opened, when grades may be posted. */
  async linkLaunch(
    platform: LtiPlatformEntity,
    userId: string,
    claims: JWTPayload,
    custom: Record<string, unknown> | undefined,
  ): Promise<void> {
    const endpoint = claims[AGS_ENDPOINT] as { lineitem?: unknown; scope?: unknown } | undefined;
    const module = typeof custom?.module === 'string' ? custom.module.trim() : '';
    if (
      !platform.tokenUrl ||
      typeof endpoint?.lineitem !== 'string' ||
      !Array.isArray(endpoint.scope) ||
      !endpoint.scope.includes(SCORE_SCOPE) ||
      !SLUG.test(module)
    )
      return;
    try {
      new URL(endpoint.lineitem);
    } catch {
      return;
    }
    await this.dataSource.query(
      `INSERT INTO lti_grade_links (user_id, platform_id, subject, module_slug, line_item)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (user_id, platform_id, line_item) DO UPDATE SET module_slug = excluded.module_slug`,
      [userId, platform.id, claims.sub, module, endpoint.lineitem],
    );
  }

  private async queueScores(event: QuizSubmitted, em: EntityManager) {
    if (!event.passed || event.kind !== 'module') return;
    const links = await em
      .getRepository(LtiGradeLinkEntity)
      .findBy({ userId: event.userId, moduleSlug: event.quizSlug });
    for (const link of links) {
      const job: LtiScoreJob = {
        gradeLinkId: link.id,
        scoreGiven: event.score,
        scoreMaximum: event.maxScore,
        timestamp: event.submittedAt.toISOString(),
      };
      await this.jobs.send(em, QUEUES.ltiScore, job);
    }
  }

  /** Posts one score; throws (so the queue retries) when the platform refuses or is away. */
  async postScore(job: LtiScoreJob): Promise<void> {
    const link = await this.dataSource
      .getRepository(LtiGradeLinkEntity)
      .findOne({ where: { id: job.gradeLinkId }, relations: { platform: true } });
    const platform = link?.platform;
    if (!link || !platform?.tokenUrl) return; // unlinked or deregistered since: nothing to post
    const token = await serviceToken(this.keys, platform, SCORE_SCOPE);
    const res = await fetch(scoresUrl(link.lineItem), {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/vnd.ims.lis.v1.score+json',
      },
      body: JSON.stringify({
        userId: link.subject,
        scoreGiven: job.scoreGiven,
        scoreMaximum: job.scoreMaximum,
        activityProgress: 'Completed',
        gradingProgress: 'FullyGraded',
        timestamp: job.timestamp,
      }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok)
      throw new Error(`The platform ${platform.issuer} refused the score: HTTP ${res.status}`);
    this.logger.log(`Posted a score to ${platform.issuer} for module ${link.moduleSlug}`);
  }
}
