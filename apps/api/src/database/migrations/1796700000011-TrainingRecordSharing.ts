import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person's agreement to share their training record with their organisation (issue 21,
 * item 7): only people who agreed appear in the organisation's training report, which (like the
 * members list) selects an organisation's people by organisation_id.
 */
export class TrainingRecordSharing1796700000011 implements MigrationInterface {
  name = 'TrainingRecordSharing1796700000011';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "users" ADD "shares_training_record" boolean NOT NULL DEFAULT false, ADD "training_record_shared_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_users_organisation_id" ON "users" ("organisation_id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_users_organisation_id"`);
    await queryRunner.query(
      `ALTER TABLE "users" DROP COLUMN "training_record_shared_at", DROP COLUMN "shares_training_record"`,
    );
  }
}
