import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CurrentUser } from '../../common/graphql-context.js';
import { CohortAccess } from '../cohort-access.service.js';
import type { OutboxPageObject } from '../dto/cohort.objects.js';
import { CohortOutboxEntity } from './messaging.entity.js';

/** What a cohort sent, or waits for a host to send without SMTP: hosts read it, newest first. */
@Injectable()
export class OutboxService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CohortAccess,
  ) {}

  async page(
    user: CurrentUser,
    cohortId: string,
    offset: number,
    limit: number,
  ): Promise<OutboxPageObject> {
    await this.access.asHost(user, cohortId);
    const [rows, total] = await this.dataSource.getRepository(CohortOutboxEntity).findAndCount({
      select: {
        id: true,
        toEmail: true,
        subject: true,
        body: true,
        createdAt: true,
        sentAt: true,
        error: true,
      },
      where: { cohortId },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
    return {
      items: rows.map(({ id, toEmail, subject, body, createdAt, sentAt, error }) => ({
        id,
        toEmail,
        subject,
        body,
        createdAt,
        sentAt,
        error,
      })),
      total,
      offset,
      limit,
    };
  }
}
