import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { byName } from '../../database/collation.js';

/** A participant as the dashboard's roster lists them; progress comes from the learning read model. */
export interface RosterRow {
  userId: string;
  displayName: string;
  /** A deleted account's tombstone (identity marks it by its email key). */
  deleted: boolean;
  email: string;
  organisation: string | null;
  /** Sessions this participant was marked present at. */
  present: number;
}

export interface DashboardRosterRow {
  participants: RosterRow[];
  held: number;
  sessions: {
    sessionId: string;
    title: string;
    startsAt: string;
    present: number;
    absent: number;
    excused: number;
  }[];
}

/**
 * The cohort's side of the host dashboard in one statement: participants in name order with their
 * attendance, sessions with their marks. Aggregates with GROUP BY over the cohort's own rows (no
 * per-participant subplans), so time grows linearly with participants. $1 cohort id.
 */
export const DASHBOARD_ROSTER_SQL = `
WITH sess AS (
  SELECT id, title, starts_at FROM cohort_sessions WHERE cohort_id = $1
), mark AS (
  SELECT ca.session_id, ca.user_id, ca.status FROM sess
    JOIN cohort_attendance ca ON ca.session_id = sess.id
    JOIN cohort_members cm ON cm.cohort_id = $1 AND cm.user_id = ca.user_id
), by_user AS (
  SELECT user_id, count(*)::int AS present FROM mark WHERE status = 'present' GROUP BY 1
), by_session AS (
  SELECT session_id, count(*) FILTER (WHERE status = 'present')::int AS present,
         count(*) FILTER (WHERE status = 'absent')::int AS absent,
         count(*) FILTER (WHERE status = 'excused')::int AS excused
    FROM mark GROUP BY 1
)
SELECT
  (SELECT coalesce(json_agg(json_build_object(
      'userId', cm.user_id, 'displayName', u.display_name, 'deleted', u.email_key LIKE 'deleted:%', 'email', u.email, 'organisation', cm.organisation,
      'present', coalesce(b.present, 0)) ORDER BY ${byName('u.display_name')}, cm.user_id), '[]')
     FROM cohort_members cm
     JOIN LATERAL (SELECT display_name, email, email_key FROM users WHERE id = cm.user_id OFFSET 0) u ON true
     LEFT JOIN by_user b ON b.user_id = cm.user_id
    WHERE cm.cohort_id = $1) AS participants,
  (SELECT count(*)::int FROM sess WHERE starts_at <= now()) AS held,
  (SELECT coalesce(json_agg(json_build_object(
      'sessionId', s.id, 'title', s.title, 'startsAt', s.starts_at,
      'present', coalesce(b.present, 0), 'absent', coalesce(b.absent, 0), 'excused', coalesce(b.excused, 0)
    ) ORDER BY s.starts_at), '[]')
     FROM sess s LEFT JOIN by_session b ON b.session_id = s.id) AS sessions
`;

/** The cohort's own tables as the host dashboard reads them (set-based SQL: see decision 0008). */
@Injectable()
export class DashboardReadModel {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async roster(cohortId: string): Promise<DashboardRosterRow> {
    const [row]: DashboardRosterRow[] = await this.dataSource.query(DASHBOARD_ROSTER_SQL, [
      cohortId,
    ]);
    return row!;
  }
}
