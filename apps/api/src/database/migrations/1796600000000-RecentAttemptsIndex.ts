import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The learner dashboard's recent attempts (`myRecentAttempts`) filter by learner and sort by
 * submission: without this index PostgreSQL scans all of quiz_attempts (190 ms at 10,000 learners).
 */
export class RecentAttemptsIndex1796600000000 implements MigrationInterface {
  name = 'RecentAttemptsIndex1796600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_quiz_attempts_user_submitted" ON "quiz_attempts" ("user_id", "submitted_at") WHERE submitted_at IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_quiz_attempts_user_submitted"`);
  }
}
