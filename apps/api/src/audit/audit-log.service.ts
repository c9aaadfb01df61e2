import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLogEntity } from './audit-log.entity.js';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  details?: Record<string, unknown>;
}

/** The audit log: records decisions in the caller's transaction, and answers for a person. */
@Injectable()
export class AuditLog {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(em: EntityManager, entry: AuditEntry): Promise<void> {
    await em
      .getRepository(AuditLogEntity)
      .save(Object.assign(new AuditLogEntity(), { details: {}, ...entry }));
  }

  /** Entries the person made, and entries about their account or the given records of theirs. */
  async personalData(userId: string, subjectIds: string[] = []) {
    return this.dataSource
      .getRepository(AuditLogEntity)
      .createQueryBuilder('a')
      .where('a.actor_id = CAST(:userId AS uuid)', { userId })
      .orWhere("a.subject_type = 'user' AND a.subject_id = CAST(:userId AS text)", { userId })
      .orWhere('a.subject_id = ANY(CAST(:subjectIds AS text[]))', { subjectIds })
      .orderBy('a.at', 'ASC')
      .getMany();
  }

  /** Entries keep what was decided; who it was by or about becomes the tombstone. */
  async anonymise(em: EntityManager, userId: string, tombstoneId: string): Promise<void> {
    const repo = em.getRepository(AuditLogEntity);
    await repo.update({ actorId: userId }, { actorId: tombstoneId });
    await repo.update({ subjectType: 'user', subjectId: userId }, { subjectId: tombstoneId });
  }

  /**
   * Retention: entries older than `before` keep what was decided and when, but no longer who
   * it was by, nor which person it was about (the details hold no personal data).
   */
  async forgetPeopleBefore(before: Date): Promise<number> {
    const result = await this.dataSource
      .getRepository(AuditLogEntity)
      .createQueryBuilder()
      .update()
      .set({
        actorId: null,
        subjectId: () => "CASE WHEN subject_type = 'user' THEN '' ELSE subject_id END",
      })
      .where(
        "at < :before AND (actor_id IS NOT NULL OR (subject_type = 'user' AND subject_id <> ''))",
        {
          before,
        },
      )
      .execute();
    return result.affected ?? 0;
  }
}
