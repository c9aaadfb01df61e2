import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { buildCalendar } from '../../infra/calendar/calendar.js';
import { publicBase } from '../cohort-mapper.js';

interface SessionRow {
  id: string;
  cohort_name: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
  place: string | null;
  online_url: string | null;
  modules: string[];
}

/** iCalendar feeds of a cohort's sessions. */
@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async forCohort(cohortId: string): Promise<string | null> {
    return this.render(
      await this.dataSource.query(
        `SELECT s.id, c.name AS cohort_name, s.title, s.starts_at, s.ends_at, s.place, s.online_url, s.modules
           FROM cohorts c LEFT JOIN cohort_sessions s ON s.cohort_id = c.id WHERE c.id = $1 ORDER BY s.starts_at`,
        [cohortId],
      ),
    );
  }

  /** The subscribable feed behind a participant's secret calendar token. */
  async forToken(token: string): Promise<string | null> {
    return this.render(
      await this.dataSource.query(
        `SELECT s.id, c.name AS cohort_name, s.title, s.starts_at, s.ends_at, s.place, s.online_url, s.modules
           FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id LEFT JOIN cohort_sessions s ON s.cohort_id = c.id
          WHERE m.calendar_token = $1 ORDER BY s.starts_at`,
        [token],
      ),
    );
  }

  calendarUrl(token: string): string {
    return `${publicBase(this.config)}/calendar/${token}.ics`;
  }

  private render(rows: SessionRow[]): string | null {
    const first = rows[0];
    if (!first) return null;
    const host = new URL(publicBase(this.config)).hostname;
    const events = rows
      .filter((r) => r.id !== null)
      .map((r) => ({
        uid: `${r.id}@${host}`,
        start: new Date(r.starts_at),
        end: new Date(r.ends_at),
        summary: `${r.title} — ${r.cohort_name}`,
        location: r.place ?? r.online_url,
        url: r.online_url,
        description: r.modules.length ? `Modules: ${r.modules.join(', ')}` : null,
      }));
    return buildCalendar(first.cohort_name, events);
  }
}
