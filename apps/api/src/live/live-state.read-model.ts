import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CohortLiveSessions } from '../cohorts/index.js';
import type { CurrentUser } from '../common/graphql-context.js';
import type { LiveSessionObject, LiveTableObject } from './dto/live.objects.js';
import { ACTIVITY_COLUMNS, LiveActivityViews, type ActivityRow } from './live-activity.view.js';
import type { LiveViewer } from './live-access.js';
import type { LiveSessionEntity } from './live.entities.js';

/**
 * The live state as one viewer may see it. The answer key leaves the server only once revealed;
 * results are anonymous; the names of who has not answered, and who sits where, go to the host.
 */
@Injectable()
export class LiveStateReadModel {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cohorts: CohortLiveSessions,
    private readonly activities: LiveActivityViews,
  ) {}

  async state(user: CurrentUser, viewer: LiveViewer): Promise<LiveSessionObject> {
    const { session, role } = viewer;
    const seats = await this.seats(session.id);
    const viewerTable = seats.find((s) => s.userId === user.id)?.tableNo ?? null;
    const rows = session.currentActivityId
      ? await this.dataSource.query<ActivityRow[]>(
          `SELECT ${ACTIVITY_COLUMNS} FROM live_activities WHERE id = $1`,
          [session.currentActivityId],
        )
      : [];
    return {
      id: session.id,
      cohortSessionId: session.cohortSessionId,
      cohortId: session.cohortId,
      title: await this.cohorts.sessionTitle(session.cohortSessionId),
      joinCode: session.joinCode,
      endedAt: session.endedAt,
      viewerIsHost: role === 'host',
      participantCount: seats.length,
      currentActivity: rows[0]
        ? await this.activities.view(user, session, role, rows[0], viewerTable)
        : null,
      tables: await this.tables(session, seats, role),
      viewerTable,
      slideIndex: session.slideIndex,
    };
  }

  /** Everyone who joined, with their table (null before the room is split). */
  seats(liveSessionId: string) {
    return this.dataSource.query<{ userId: string; tableNo: number | null }[]>(
      `SELECT user_id AS "userId", table_no AS "tableNo" FROM live_participants
        WHERE live_session_id = $1`,
      [liveSessionId],
    );
  }

  private async tables(
    session: LiveSessionEntity,
    seats: { userId: string; tableNo: number | null }[],
    role: 'host' | 'participant',
  ): Promise<LiveTableObject[]> {
    if (!session.tableLabels.length) return [];
    const names =
      role === 'host'
        ? await this.cohorts.participants(
            session.cohortId,
            seats.filter((s) => s.tableNo !== null).map((s) => s.userId),
          )
        : [];
    return session.tableLabels.map((label, i) => {
      const at = seats.filter((s) => s.tableNo === i + 1).map((s) => s.userId);
      return {
        tableNo: i + 1,
        label,
        memberCount: at.length,
        members: role === 'host' ? names.filter((n) => at.includes(n.userId)) : null,
      };
    });
  }
}
