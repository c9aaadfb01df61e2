import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CurrentUser } from '../../common/graphql-context.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { mailTexts } from '../../mail/index.js';
import { MailerService } from '../../mail/index.js';
import { publicBase } from '../cohort-mapper.js';
import { CohortAccess } from '../cohort-access.service.js';
import type { AnnouncementObject, AnnouncementPageObject } from '../dto/cohort.objects.js';

const COLUMNS = `a.id, a.cohort_id AS "cohortId", a.title, a.body, u.display_name AS "authorName", a.created_at AS "createdAt"`;

/**
 * Messages from hosts to their cohort; participants read them on their dashboard and get them by
 * mail, each in their own language (the mail is queued in the announcement's transaction).
 */
@Injectable()
export class AnnouncementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CohortAccess,
    private readonly mailer: MailerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async post(
    user: CurrentUser,
    cohortId: string,
    title: string,
    body: string,
  ): Promise<AnnouncementObject> {
    const cohort = await this.access.asHost(user, cohortId);
    return this.dataSource.transaction(async (em) => {
      const [row]: AnnouncementObject[] = await em.query(
        `WITH a AS (INSERT INTO cohort_announcements (cohort_id, author_id, title, body) VALUES ($1, $2, $3, $4) RETURNING *)
         SELECT ${COLUMNS} FROM a LEFT JOIN users u ON u.id = a.author_id`,
        [cohortId, user.id, title.trim(), body.trim()],
      );
      const members: { email: string; locale: string }[] = await em.query(
        `SELECT u.email, u.preferred_locale AS locale FROM cohort_members m JOIN users u ON u.id = m.user_id WHERE m.cohort_id = $1`,
        [cohortId],
      );
      const link = `${publicBase(this.config)}/cohorts`;
      await this.mailer.queue(
        em,
        members.map((m) => ({
          cohortId,
          to: m.email,
          locale: m.locale,
          ...mailTexts(m.locale).announcement({
            cohort: cohort.name,
            title: row!.title,
            body: row!.body,
            link,
          }),
        })),
      );
      return row!;
    });
  }

  async list(
    user: CurrentUser,
    cohortId: string,
    offset: number,
    limit: number,
  ): Promise<AnnouncementPageObject> {
    await this.access.asMember(user, cohortId);
    const rows: (AnnouncementObject & { total: number })[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, count(*) OVER ()::int AS total FROM cohort_announcements a LEFT JOIN users u ON u.id = a.author_id
        WHERE a.cohort_id = $1 ORDER BY a.created_at DESC, a.id OFFSET $2 LIMIT $3`,
      [cohortId, offset, limit],
    );
    return {
      items: rows.map(({ total: _t, ...a }) => a),
      total: rows[0]?.total ?? 0,
      offset,
      limit,
    };
  }

  /** The latest few announcements of each cohort, in one statement. */
  async latest(cohortIds: string[], perCohort: number): Promise<Map<string, AnnouncementObject[]>> {
    const map = new Map<string, AnnouncementObject[]>(cohortIds.map((id) => [id, []]));
    if (cohortIds.length === 0) return map;
    const rows: AnnouncementObject[] = await this.dataSource.query(
      `SELECT * FROM (SELECT ${COLUMNS}, row_number() OVER (PARTITION BY a.cohort_id ORDER BY a.created_at DESC, a.id) AS n
                        FROM cohort_announcements a LEFT JOIN users u ON u.id = a.author_id WHERE a.cohort_id = ANY($1::uuid[])) x
        WHERE n <= $2 ORDER BY "createdAt" DESC`,
      [cohortIds, perCohort],
    );
    for (const { n: _n, ...a } of rows as (AnnouncementObject & { n: string })[])
      map.get(a.cohortId)?.push(a);
    return map;
  }
}
