import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CohortLiveSessions } from '../cohorts/index.js';
import { conflict } from '../common/errors.js';
import type { CurrentUser } from '../common/graphql-context.js';
import { LiveAccess } from './live-access.js';
import { LiveEvents } from './live-events.js';
import { planTables, type LiveTableMode } from './live-tables.js';
import type { LiveSessionEntity } from './live.entities.js';

/** Splitting the room into tables for group activities (issue 17, "Groups"). */
@Injectable()
export class LiveTablesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cohorts: CohortLiveSessions,
    private readonly access: LiveAccess,
    private readonly events: LiveEvents,
  ) {}

  /**
   * Seats everyone who has joined, replacing an earlier split. Group answers already given keep
   * the table number they were given for. People who join later are seated at the emptiest
   * table (LiveParticipantService.join).
   */
  async split(
    user: CurrentUser,
    liveSessionId: string,
    mode: LiveTableMode,
    tableCount: number,
  ): Promise<LiveSessionEntity> {
    const session = await this.access.asHost(user, liveSessionId);
    if (session.endedAt) throw conflict('The live session has ended.');
    await this.dataSource.transaction(async (em) => {
      // Serialises splits and launches of one session; joins that race it are seated after.
      await em.query(`SELECT id FROM live_sessions WHERE id = $1 FOR UPDATE`, [session.id]);
      const joined = await em.query<{ userId: string }[]>(
        `SELECT user_id AS "userId" FROM live_participants WHERE live_session_id = $1`,
        [session.id],
      );
      if (!joined.length) throw conflict('Nobody has joined yet.');
      const people = await this.cohorts.organisations(
        session.cohortId,
        joined.map((j) => j.userId),
      );
      const plan = planTables(people, mode, tableCount);
      await em.query(`UPDATE live_sessions SET table_labels = $2 WHERE id = $1`, [
        session.id,
        JSON.stringify(plan.labels),
      ]);
      await em.query(
        `UPDATE live_participants p SET table_no = s.table_no
           FROM unnest($2::uuid[], $3::int[]) AS s(user_id, table_no)
          WHERE p.live_session_id = $1 AND p.user_id = s.user_id`,
        [session.id, plan.seats.map((s) => s.userId), plan.seats.map((s) => s.tableNo)],
      );
      session.tableLabels = plan.labels;
    });
    await this.events.publish(session.id, 'participants');
    return session;
  }
}
