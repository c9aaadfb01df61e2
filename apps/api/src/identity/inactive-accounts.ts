import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { UserEntity } from './user.entity.js';

/** An account the retention job warns: where to write, in which language. */
export interface InactiveAccount {
  id: string;
  email: string;
  displayName: string;
  preferredLocale: string;
}

/**
 * The accounts retention acts on (issue 21, item 4). Inactivity counts from the last sign-in
 * (`last_active_at`); a sign-in after the warning cancels it. Tombstones and administrators are
 * left alone: tombstones hold nothing personal, and anonymising the operator's last administrator
 * would lock the operator out of the academy.
 */
@Injectable()
export class InactiveAccounts {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private candidates(em: EntityManager = this.dataSource.manager) {
    return em
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where("u.email_key NOT LIKE 'deleted:%'")
      .andWhere("NOT ('admin' = ANY(u.roles))");
  }

  /** Accounts unused since `inactiveSince` and not warned yet (oldest first). */
  async toWarn(inactiveSince: Date, limit: number): Promise<InactiveAccount[]> {
    const users = await this.candidates()
      .andWhere('u.last_active_at < :inactiveSince', { inactiveSince })
      .andWhere('u.inactivity_warned_at IS NULL')
      .orderBy('u.last_active_at', 'ASC')
      .limit(limit)
      .getMany();
    return users.map((u) => ({
      id: u.id,
      email: u.email,
      displayName: u.displayName,
      preferredLocale: u.preferredLocale,
    }));
  }

  /**
   * Records the warning in the caller's transaction (with its mail); false when the account was
   * used, warned or deleted meanwhile, so the caller sends nothing.
   */
  async markWarned(em: EntityManager, userId: string, inactiveSince: Date): Promise<boolean> {
    const result = await this.candidates(em)
      .update()
      .set({ inactivityWarnedAt: () => 'now()' })
      .where('id = :userId AND last_active_at < :inactiveSince', { userId, inactiveSince })
      .andWhere("inactivity_warned_at IS NULL AND email_key NOT LIKE 'deleted:%'")
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** Accounts warned before `warnedBefore` and not used since the warning. */
  async toAnonymise(warnedBefore: Date, limit: number): Promise<string[]> {
    const users = await this.candidates()
      .select('u.id')
      .andWhere('u.inactivity_warned_at < :warnedBefore', { warnedBefore })
      .andWhere('u.last_active_at < u.inactivity_warned_at')
      .orderBy('u.inactivity_warned_at', 'ASC')
      .limit(limit)
      .getMany();
    return users.map((u) => u.id);
  }
}
