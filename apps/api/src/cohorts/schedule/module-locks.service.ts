import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** A cohort's module unlock dates (`cohorts.module_unlocks`), as they apply to one participant. */
@Injectable()
export class ModuleLocks {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** When the module opens for the user's cohort(s), if it has not yet; null when it is open. */
  async lockedUntil(userId: string, module: string): Promise<Date | null> {
    const [row]: { unlocks_at: Date | null }[] = await this.dataSource.query(
      `SELECT max((c.module_unlocks ->> $2)::timestamptz) AS unlocks_at
         FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id
        WHERE m.user_id = $1 AND c.module_unlocks ? $2 AND (c.module_unlocks ->> $2)::timestamptz > now()`,
      [userId, module],
    );
    return row?.unlocks_at ? new Date(row.unlocks_at) : null;
  }
}
