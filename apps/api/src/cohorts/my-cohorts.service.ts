import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, Raw } from 'typeorm';
import type { CurrentUser } from '../common/graphql-context.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AnnouncementsService } from './messaging/announcements.service.js';
import { CalendarService } from './schedule/calendar.service.js';
import { toCohortObject, toSessionObject } from './cohort-mapper.js';
import { CohortSessionEntity } from './cohort-session.entity.js';
import { CohortEntity, CohortMemberEntity } from './cohort.entity.js';
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
    const { entities: cohorts, raw } = await this.dataSource
      .getRepository(CohortEntity)
      .createQueryBuilder('c')
      .innerJoin(CohortMemberEntity, 'm', 'm.cohort_id = c.id AND m.user_id = :userId', {
        userId: user.id,
      })
      .addSelect('m.calendar_token', 'calendarToken')
      .addSelect('m.name_visible', 'nameVisible')
      .orderBy('c.startsOn')
      .addOrderBy('c.name')
      .getRawAndEntities<{ c_id: string; calendarToken: string; nameVisible: boolean }>();
    const membership = new Map(raw.map((r) => [r.c_id, r]));
    const rows = cohorts.map((cohort) => ({ ...membership.get(cohort.id)!, cohort }));
    const ids = cohorts.map((c) => c.id);
    const [extras, news, sessions] = await Promise.all([
      this.cohorts.extras(ids),
      this.announcements.latest(ids, 5),
      ids.length
        ? this.dataSource.getRepository(CohortSessionEntity).find({
            where: { cohortId: In(ids), endsAt: Raw((at) => `${at} > now()`) },
            order: { startsAt: 'ASC' },
          })
        : Promise.resolve([] as CohortSessionEntity[]),
    ]);
    return rows.map(({ calendarToken, nameVisible, cohort }) => ({
      cohort: toCohortObject(cohort, extras.get(cohort.id)!, false, this.config),
      upcomingSessions: sessions
        .filter((s) => s.cohortId === cohort.id)
        .map((s) => toSessionObject(s, false)),
      announcements: news.get(cohort.id) ?? [],
      calendarUrl: this.calendars.calendarUrl(calendarToken),
      nameVisible,
    }));
  }
}
