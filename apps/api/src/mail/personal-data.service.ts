import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { MailMessageEntity } from './mail-message.entity.js';

/** The private messages addressed to a person, for access requests, erasure and retention. */
@Injectable()
export class MailPersonalData {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async personalData(emailKey: string) {
    const rows = await this.dataSource
      .getRepository(MailMessageEntity)
      .createQueryBuilder('m')
      .where('lower(m.to_email) = :emailKey', { emailKey })
      .orderBy('m.created_at', 'ASC')
      .getMany();
    return rows.map((m) => ({
      id: m.id,
      toEmail: m.toEmail,
      subject: m.subject,
      body: m.body,
      createdAt: m.createdAt,
      sentAt: m.sentAt,
    }));
  }

  async erase(em: EntityManager, emailKey: string): Promise<void> {
    await em
      .getRepository(MailMessageEntity)
      .createQueryBuilder()
      .delete()
      .where('lower(to_email) = :emailKey', { emailKey })
      .execute();
  }

  /** Retention: private messages sent before `before` are deleted (their bodies went at sending). */
  async purgeSent(before: Date): Promise<number> {
    const result = await this.dataSource
      .getRepository(MailMessageEntity)
      .createQueryBuilder()
      .delete()
      .where('sent_at < :before', { before })
      .execute();
    return result.affected ?? 0;
  }
}
