import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface CountryReach {
  country: string;
  organisations: number;
  learners: number;
}

export interface CourseLanguageFigures {
  courseSlug: string;
  locale: string;
  enrolments: number;
  completions: number;
}

export interface WorkshopFigures {
  /** Cohort sessions with at least one attendance mark. */
  sessionsHeld: number;
  /** Present marks over all sessions. */
  attendances: number;
  /** Distinct people marked present at least once. */
  attendees: number;
  /** Distinct people who joined a live workshop on their phone. */
  liveParticipants: number;
}

/**
 * The figures a partnership reports to the Commission (issue 21, item 8): aggregates only, no
 * person. Reached = has at least one enrolled person.
 */
@Injectable()
export class PartnershipReadModel {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  countries(): Promise<CountryReach[]> {
    return this.dataSource.query<CountryReach[]>(
      `SELECT o.country, count(DISTINCT o.id)::int AS organisations,
              count(DISTINCT u.id)::int AS learners
       FROM organisations o JOIN users u ON u.organisation_id = o.id
       WHERE EXISTS (SELECT 1 FROM enrolments e WHERE e.user_id = u.id)
       GROUP BY o.country ORDER BY learners DESC, o.country`,
    );
  }

  courses(): Promise<CourseLanguageFigures[]> {
    return this.dataSource.query<CourseLanguageFigures[]>(
      `SELECT course_slug AS "courseSlug", locale, count(*)::int AS enrolments,
              count(completed_at)::int AS completions
       FROM enrolments GROUP BY course_slug, locale ORDER BY course_slug, locale`,
    );
  }

  async workshops(): Promise<WorkshopFigures> {
    const [row] = await this.dataSource.query<WorkshopFigures[]>(
      `SELECT
         (SELECT count(DISTINCT session_id)::int FROM cohort_attendance) AS "sessionsHeld",
         (SELECT count(*)::int FROM cohort_attendance WHERE status = 'present') AS attendances,
         (SELECT count(DISTINCT user_id)::int FROM cohort_attendance WHERE status = 'present')
           AS attendees,
         (SELECT count(DISTINCT user_id)::int FROM live_participants) AS "liveParticipants"`,
    );
    return row!;
  }
}
