import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CurrentUser } from '../common/graphql-context.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AnnouncementsService } from './messaging/announcements.service.js';
import { CalendarService } from './schedule/calendar.service.js';
import { COHORT_COLUMNS } from './cohort-access.service.js';
import { toCohortObject, toSessionObject } from './cohort-mapper.js';
import type { CohortSessionEntity } from './cohort-session.entity.js';
import type { CohortEntity } from './cohort.entity.js';
import { CohortService } from './cohort.service.js';
import type { MyCohortObject } from './dto/cohort.objects.js';

/** A participant's cohorts with what the learner dashboard shows: schedule and announcements. */
@Injectable()
export class MyCohortsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cohorts: CohortService,
    private readonly announcements: AnnouncementsService,
    private readonly calendars: CalendarService,
  ) {}

  /** A constant number of statements however many cohorts the user is in. */
  async list(user: CurrentUser): Promise<MyCohortObject[]> {
    const rows: (CohortEntity & { calendarToken: string; nameVisible: boolean })[] = await this.dataSource.query(
      `SELECT ${COHORT_COLUMNS}, m.calendar_token AS "calendarToken", m.name_visible AS "nameVisible"
         FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id WHERE m.user_id = $1 ORDER BY c.starts_on, c.name`,
      [user.id],
    );
    const ids = rows.map((r) => r.id);
    const [extras, news, sessions] = await Promise.all([
      this.cohorts.extras(ids),
      this.announcements.latest(ids, 5),
      ids.length
        ? (this.dataSource.query(
            `SELECT id, cohort_id AS "cohortId", title, starts_at AS "startsAt", ends_at AS "endsAt", place, online_url AS "onlineUrl",
                    modules, host_notes_module AS "hostNotesModule", check_in_code AS "checkInCode"
               FROM cohort_sessions WHERE cohort_id = ANY($1::uuid[]) AND ends_at > now() ORDER BY starts_at`,
            [ids],
          ) as Promise<CohortSessionEntity[]>)
        : Promise.resolve([] as CohortSessionEntity[]),
    ]);
    return rows.map(({ calendarToken, nameVisible, ...cohort }) => ({
      cohort: toCohortObject(cohort, extras.get(cohort.id)!, false, this.config),
      upcomingSessions: sessions.filter((s) => s.cohortId === cohort.id).map((s) => toSessionObject(s, false)),
      announcements: news.get(cohort.id) ?? [],
      calendarUrl: this.calendars.calendarUrl(calendarToken),
      nameVisible,
    }));
  }
}
