import { Injectable } from '@nestjs/common';
import { COMMA, toCsv, type CsvFormat } from '../infra/csv/csv.js';
import type { OrganisationTrainingReportObject } from './dto/reports.objects.js';
import { certifiedPerYear, OrganisationReportReadModel } from './organisation-report.read-model.js';

const CSV_HEADER = [
  'name',
  'email',
  'course',
  'language',
  'enrolled',
  'completed',
  'lessons completed',
  'certificate issued',
  'certificate id',
];

/** The organisation's training report, for its manager only (the read model scopes it). */
@Injectable()
export class OrganisationReport {
  constructor(private readonly readModel: OrganisationReportReadModel) {}

  async forManager(managerId: string): Promise<OrganisationTrainingReportObject> {
    const rows = await this.readModel.forManager(managerId);
    const enrolments = groupBy(rows.enrolments);
    const certificates = groupBy(rows.certificates);
    return {
      organisation: rows.organisation,
      notIncluded: rows.notIncluded,
      certifiedPerYear: certifiedPerYear(rows.certificates),
      people: rows.people.map((p) => ({
        ...p,
        enrolments: enrolments.get(p.userId) ?? [],
        certificates: certificates.get(p.userId) ?? [],
      })),
    };
  }

  /** One line per enrolment (a person without any gets one line), with its certificate. */
  async csv(managerId: string, format: CsvFormat = COMMA): Promise<string> {
    const report = await this.forManager(managerId);
    const day = (d: Date | null) => (d ? new Date(d).toISOString().slice(0, 10) : '');
    const lines = report.people.flatMap((p) => {
      if (p.enrolments.length === 0) return [[p.displayName, p.email, '', '', '', '', '', '', '']];
      return p.enrolments.map((e) => {
        const cert = p.certificates.find((c) => c.enrolmentId === e.id);
        return [
          p.displayName,
          p.email,
          e.courseSlug,
          e.locale,
          day(e.enrolledAt),
          day(e.completedAt),
          e.lessonsCompleted,
          day(cert?.issuedAt ?? null),
          cert?.id ?? '',
        ];
      });
    });
    return toCsv(CSV_HEADER, lines, format);
  }
}

function groupBy<T extends { userId: string }>(rows: T[]): Map<string, T[]> {
  const byUser = new Map<string, T[]>();
  for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row]);
  return byUser;
}
