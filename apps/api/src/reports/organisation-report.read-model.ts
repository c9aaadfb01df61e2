import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface ReportOrganisation {
  id: string;
  name: string;
  country: string;
}

export interface ReportPerson {
  userId: string;
  displayName: string;
  email: string;
  sharedAt: Date | null;
}

export interface ReportEnrolment {
  id: string;
  userId: string;
  courseSlug: string;
  locale: string;
  enrolledAt: Date;
  completedAt: Date | null;
  lessonsCompleted: number;
}

export interface ReportCertificate {
  userId: string;
  id: string;
  enrolmentId: string;
  courseSlug: string;
  courseTitle: string;
  issuedAt: Date;
}

export interface OrganisationTrainingRows {
  organisation: ReportOrganisation | null;
  /** People of the organisation left out: not verified, or not agreeing to share. */
  notIncluded: number;
  people: ReportPerson[];
  enrolments: ReportEnrolment[];
  certificates: ReportCertificate[];
}

// The people a manager may see: their own organisation's verified members who agreed to share.
// Every statement starts from the manager's row, so no organisation id comes from the caller.
const INCLUDED = `
  SELECT u.id FROM users u JOIN users m ON m.id = $1 AND u.organisation_id = m.organisation_id
  WHERE u.organisation_verification IS NOT NULL AND u.shares_training_record`;

/**
 * The organisation's training report (issue 21, item 7), set-based over identity's, learning's
 * and certificates' tables like the cohort dashboard (decision 0008; the cross-feature SQL is the
 * open item decision 0009 names for reporting).
 */
@Injectable()
export class OrganisationReportReadModel {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forManager(managerId: string): Promise<OrganisationTrainingRows> {
    const [organisation] = await this.dataSource.query<(ReportOrganisation & { left: number })[]>(
      `SELECT o.id, o.name, o.country,
              (SELECT count(*)::int FROM users u WHERE u.organisation_id = o.id
                 AND (u.organisation_verification IS NULL OR NOT u.shares_training_record)) AS "left"
       FROM users m JOIN organisations o ON o.id = m.organisation_id WHERE m.id = $1`,
      [managerId],
    );
    if (!organisation)
      return { organisation: null, notIncluded: 0, people: [], enrolments: [], certificates: [] };
    const people = await this.dataSource.query<ReportPerson[]>(
      `SELECT u.id AS "userId", u.display_name AS "displayName", u.email,
              u.training_record_shared_at AS "sharedAt"
       FROM users u WHERE u.id IN (${INCLUDED}) ORDER BY u.display_name, u.id`,
      [managerId],
    );
    const enrolments = await this.dataSource.query<ReportEnrolment[]>(
      `WITH lessons AS (
         SELECT lp.user_id, lp.course_slug, count(*)::int AS done FROM lesson_progress lp
         WHERE lp.completed_at IS NOT NULL AND lp.user_id IN (${INCLUDED})
         GROUP BY lp.user_id, lp.course_slug)
       SELECT e.id, e.user_id AS "userId", e.course_slug AS "courseSlug", e.locale,
              e.enrolled_at AS "enrolledAt", e.completed_at AS "completedAt",
              coalesce(l.done, 0) AS "lessonsCompleted"
       FROM enrolments e
       LEFT JOIN lessons l ON l.user_id = e.user_id AND l.course_slug = e.course_slug
       WHERE e.user_id IN (${INCLUDED}) ORDER BY e.enrolled_at, e.id`,
      [managerId],
    );
    const certificates = await this.dataSource.query<ReportCertificate[]>(
      `SELECT c.user_id AS "userId", c.id, c.enrolment_id AS "enrolmentId", c.course_slug AS "courseSlug",
              c.course_title AS "courseTitle", c.issued_at AS "issuedAt"
       FROM certificates c
       WHERE c.revoked_at IS NULL AND c.user_id IN (${INCLUDED}) ORDER BY c.issued_at, c.id`,
      [managerId],
    );
    const { left, ...org } = organisation;
    return { organisation: org, notIncluded: left, people, enrolments, certificates };
  }
}

/** Certified per calendar year (UTC): certificates issued and the distinct people holding them. */
export function certifiedPerYear(certificates: Pick<ReportCertificate, 'userId' | 'issuedAt'>[]) {
  const years = new Map<number, Set<string>>();
  const counts = new Map<number, number>();
  for (const c of certificates) {
    const year = new Date(c.issuedAt).getUTCFullYear();
    if (!years.has(year)) years.set(year, new Set());
    years.get(year)!.add(c.userId);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...years.keys()]
    .sort((a, b) => a - b)
    .map((year) => ({ year, certificates: counts.get(year)!, people: years.get(year)!.size }));
}
