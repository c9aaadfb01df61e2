import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { meetsAttendance } from '../reporting/dashboard.service.js';

export interface CohortCompletion {
  cohortId: string;
  sessionsAttended: number;
  sessionsHeld: number;
  minAttendance: number | null;
  meetsAttendance: boolean;
}

/**
 * The cohort's completion rule on top of the course's (the course's own rules are the learning
 * feature's business): registered with CompletionRules by CohortsModule.
 */
@Injectable()
export class CohortCompletionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async status(cohortId: string, userId: string): Promise<CohortCompletion | null> {
    const rows: { min_attendance: number | null; held: number; present: number }[] =
      await this.dataSource.query(
        `SELECT c.min_attendance,
              (SELECT count(*)::int FROM cohort_sessions s WHERE s.cohort_id = c.id AND s.starts_at <= now()) AS held,
              (SELECT count(*)::int FROM cohort_attendance a JOIN cohort_sessions s ON s.id = a.session_id
                WHERE s.cohort_id = c.id AND a.user_id = $2 AND a.status = 'present') AS present
         FROM cohorts c JOIN cohort_members m ON m.cohort_id = c.id AND m.user_id = $2 WHERE c.id = $1`,
        [cohortId, userId],
      );
    const row = rows[0];
    if (!row) return null;
    const attends = meetsAttendance(row.present, row.held, row.min_attendance);
    return {
      cohortId,
      sessionsAttended: row.present,
      sessionsHeld: row.held,
      minAttendance: row.min_attendance,
      meetsAttendance: attends,
    };
  }
}
