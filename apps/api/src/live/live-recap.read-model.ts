import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CohortLiveSessions } from '../cohorts/index.js';
import { conflict, notFound } from '../common/errors.js';
import type { CurrentUser } from '../common/graphql-context.js';
import type { LiveRecapObject } from './dto/live.objects.js';
import { ACTIVITY_COLUMNS, LiveActivityViews, type ActivityRow } from './live-activity.view.js';
import type { LiveViewer } from './live-access.js';
import { LiveStateReadModel } from './live-state.read-model.js';
import { LiveSessionEntity } from './live.entities.js';

/**
 * Live sessions afterwards: a participant's recap on their phone (their answers next to the
 * results and the answer key), and the cohort dashboard's results per session and activity.
 */
@Injectable()
export class LiveRecapReadModel {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cohorts: CohortLiveSessions,
    private readonly activities: LiveActivityViews,
    private readonly state: LiveStateReadModel,
  ) {}

  /** Participants see it once the session has ended (so no answer key leaks while it runs). */
  async recap(user: CurrentUser, viewer: LiveViewer): Promise<LiveRecapObject> {
    if (viewer.role === 'participant' && !viewer.session.endedAt)
      throw conflict('The recap is ready when the live session ends.');
    return this.build(user, viewer);
  }

  /** Every live session of a cohort, newest first, for its hosts (the cohort dashboard). */
  async ofCohort(user: CurrentUser, cohortId: string): Promise<LiveRecapObject[]> {
    if ((await this.cohorts.relation(user, cohortId)) !== 'host') throw notFound('The cohort');
    const sessions = await this.dataSource
      .getRepository(LiveSessionEntity)
      .find({ where: { cohortId }, order: { startedAt: 'DESC' } });
    const out: LiveRecapObject[] = [];
    for (const session of sessions) out.push(await this.build(user, { session, role: 'host' }));
    return out;
  }

  private async build(user: CurrentUser, { session, role }: LiveViewer): Promise<LiveRecapObject> {
    const seats = await this.state.seats(session.id);
    const viewerTable = seats.find((s) => s.userId === user.id)?.tableNo ?? null;
    const rows = await this.dataSource.query<ActivityRow[]>(
      `SELECT ${ACTIVITY_COLUMNS} FROM live_activities WHERE live_session_id = $1 ORDER BY position`,
      [session.id],
    );
    const activities = [];
    for (const row of rows)
      activities.push(await this.activities.view(user, session, role, row, viewerTable));
    return {
      id: session.id,
      title: await this.cohorts.sessionTitle(session.cohortSessionId),
      startedAt: session.startedAt,
      endedAt: session.endedAt,
      participantCount: seats.length,
      viewerTable,
      activities,
    };
  }
}
