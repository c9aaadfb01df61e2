import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which privacy notice a person accepted and when (issue 21, item 1), and what the retention jobs
 * need (item 4): when the account was last used, and when its holder was warned that it will be
 * anonymised. Existing accounts count as last used at their newest sign-in.
 */
export class PrivacyNoticeAndRetention1796700000000 implements MigrationInterface {
  name = 'PrivacyNoticeAndRetention1796700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "users" ADD "privacy_notice_version" text, ADD "privacy_accepted_at" TIMESTAMP WITH TIME ZONE,
         ADD "last_active_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         ADD "inactivity_warned_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `UPDATE "users" u SET "last_active_at" = greatest(u.created_at,
         (SELECT max(s.created_at) FROM "sessions" s WHERE s.user_id = u.id))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_users_last_active_at" ON "users" ("last_active_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_users_last_active_at"`);
    await queryRunner.query(
      `ALTER TABLE "users" DROP COLUMN "inactivity_warned_at", DROP COLUMN "last_active_at",
         DROP COLUMN "privacy_accepted_at", DROP COLUMN "privacy_notice_version"`,
    );
  }
}
