import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CohortEntity } from '../cohort.entity.js';
import { COMMA, toCsv, type CsvFormat } from '../../infra/csv/csv.js';
import { DashboardReadModel } from './dashboard.read-model.js';
import { DashboardService } from './dashboard.service.js';
import { LearningReadModel } from '../../learning/index.js';
import { byName } from '../../database/collation.js';

export const exportKinds = ['progress', 'attendance', 'quiz-results'] as const;
export type ExportKind = (typeof exportKinds)[number];

/** CSV exports for hosts (UTF-8 with BOM, formulas neutralised: see csv.ts). */
/**
 * A session's start as the host reads it: date and 24-hour time in the cohort's time zone
 * ("2026-03-02 00:00"), not the UTC day, which labels an Amsterdam midnight session a day early.
 */
export function sessionStart(startsAt: string | Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(startsAt))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

@Injectable()
export class ExportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly dashboards: DashboardService,
    private readonly rosters: DashboardReadModel,
    private readonly learning: LearningReadModel,
  ) {}

  async export(cohort: CohortEntity, kind: ExportKind, format: CsvFormat = COMMA): Promise<string> {
    if (kind === 'progress') return this.progress(cohort, format);
    if (kind === 'attendance') return this.attendance(cohort, format);
    return this.quizResults(cohort, format);
  }

  private async progress(cohort: CohortEntity, format: CsvFormat): Promise<string> {
    const d = await this.dashboards.build(cohort, 7);
    const header = [
      'name',
      'email',
      'organisation',
      ...d.modules.flatMap((m) => [`${m} lessons`, `${m} quiz best`]),
      'course completed',
      'sessions attended',
      'sessions held',
      'meets cohort rules',
    ];
    const rows = d.participants.map((p) => [
      p.displayName,
      p.email,
      p.organisation,
      ...p.modules.flatMap((m) => [`${m.lessonsDone}/${m.lessonsTotal}`, m.quizBest]),
      p.courseCompleted ? 'yes' : 'no',
      p.sessionsAttended,
      p.sessionsHeld,
      p.meetsCohortRules ? 'yes' : 'no',
    ]);
    return toCsv(header, rows, format);
  }

  private async attendance(cohort: CohortEntity, format: CsvFormat): Promise<string> {
    const [row]: {
      sessions: { id: string; title: string; starts_at: string }[];
      people: { name: string; email: string; marks: Record<string, string> | null }[];
    }[] = await this.dataSource.query(
      `SELECT (SELECT coalesce(json_agg(json_build_object('id', id, 'title', title, 'starts_at', starts_at) ORDER BY starts_at), '[]')
                   FROM cohort_sessions WHERE cohort_id = $1) AS sessions,
                (SELECT coalesce(json_agg(json_build_object('name', u.display_name, 'email', u.email,
                          'marks', (SELECT json_object_agg(a.session_id, a.status) FROM cohort_attendance a
                                      JOIN cohort_sessions s ON s.id = a.session_id WHERE s.cohort_id = $1 AND a.user_id = m.user_id))
                          ORDER BY ${byName('u.display_name')}), '[]')
                   FROM cohort_members m JOIN users u ON u.id = m.user_id WHERE m.cohort_id = $1) AS people`,
      [cohort.id],
    );
    const sessions = row!.sessions;
    const header = [
      'name',
      'email',
      ...sessions.map((s) => `${s.title} (${sessionStart(s.starts_at, cohort.timeZone)})`),
    ];
    return toCsv(
      header,
      row!.people.map((p) => [p.name, p.email, ...sessions.map((s) => p.marks?.[s.id] ?? '')]),
      format,
    );
  }

  private async quizResults(cohort: CohortEntity, format: CsvFormat): Promise<string> {
    // The roster in name order (the cohort's), then each one's attempts (the learning feature's).
    const { participants } = await this.rosters.roster(cohort.id);
    const attempts = await this.learning.submittedAttempts(
      participants.map((p) => p.userId),
      cohort.courseSlug,
    );
    const byUser = new Map<string, typeof attempts>();
    for (const a of attempts) byUser.set(a.userId, [...(byUser.get(a.userId) ?? []), a]);
    const rows = participants.flatMap((p) =>
      (byUser.get(p.userId) ?? []).map((a) => ({ name: p.displayName, email: p.email, ...a })),
    );
    return toCsv(
      ['name', 'email', 'kind', 'quiz', 'attempt', 'submitted at', 'score', 'passed'],
      rows.map((r) => [
        r.name,
        r.email,
        r.kind,
        r.quizSlug,
        r.number,
        new Date(r.submittedAt).toISOString(),
        r.fraction,
        r.passed ? 'yes' : 'no',
      ]),
      format,
    );
  }
}
