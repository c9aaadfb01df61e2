import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LiveTables1796700000025 implements MigrationInterface {
  name = 'LiveTables1796700000025';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "live_sessions" ADD "table_labels" jsonb NOT NULL DEFAULT '[]'`,
    );
    await queryRunner.query(`ALTER TABLE "live_participants" ADD "table_no" integer`);
    await queryRunner.query(
      `ALTER TABLE "live_activities" ADD "multiple" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_activities" ADD "by_table" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`ALTER TABLE "live_answers" ADD "table_no" integer`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_3df73f89b7c4911de5b42c9d83" ON "live_answers"  ("activity_id", "table_no") WHERE table_no IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_3df73f89b7c4911de5b42c9d83"`);
    await queryRunner.query(`ALTER TABLE "live_answers" DROP COLUMN "table_no"`);
    await queryRunner.query(`ALTER TABLE "live_activities" DROP COLUMN "by_table"`);
    await queryRunner.query(`ALTER TABLE "live_activities" DROP COLUMN "multiple"`);
    await queryRunner.query(`ALTER TABLE "live_participants" DROP COLUMN "table_no"`);
    await queryRunner.query(`ALTER TABLE "live_sessions" DROP COLUMN "table_labels"`);
  }
}
