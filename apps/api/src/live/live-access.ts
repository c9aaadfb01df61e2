import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CohortLiveSessions } from '../cohorts/index.js';
import { notFound } from '../common/errors.js';
import type { CurrentUser } from '../common/graphql-context.js';
import { LiveParticipantEntity, LiveSessionEntity } from './live.entities.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface LiveViewer {
  session: LiveSessionEntity;
  role: 'host' | 'participant';
}

/**
 * Who may see a live session: the cohort's hosts run it; participants of the cohort who joined it
 * follow it. Everyone else gets NOT_FOUND, so ids and codes reveal nothing.
 */
@Injectable()
export class LiveAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cohorts: CohortLiveSessions,
  ) {}

  async viewer(user: CurrentUser, liveSessionId: string): Promise<LiveViewer> {
    // Subscriptions bypass the HTTP input guard (graphql/input-guard.plugin.ts): check ids here.
    if (!UUID.test(liveSessionId)) throw notFound('The live session');
    const session = await this.dataSource
      .getRepository(LiveSessionEntity)
      .findOneBy({ id: liveSessionId });
    if (!session) throw notFound('The live session');
    const relation = await this.cohorts.relation(user, session.cohortId);
    if (relation === 'host') return { session, role: 'host' };
    if (relation === 'participant') {
      const joined = await this.dataSource
        .getRepository(LiveParticipantEntity)
        .existsBy({ liveSessionId, userId: user.id });
      if (joined) return { session, role: 'participant' };
    }
    throw notFound('The live session');
  }

  async asHost(user: CurrentUser, liveSessionId: string): Promise<LiveSessionEntity> {
    const { session, role } = await this.viewer(user, liveSessionId);
    if (role !== 'host') throw notFound('The live session');
    return session;
  }
}
