import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DurableMail1796505382144 implements MigrationInterface {
  name = 'DurableMail1796505382144';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mail_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "to_email" text NOT NULL, "subject" text NOT NULL, "body" text, "html" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "claimed_until" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "error" text, CONSTRAINT "PK_1bd6e76ef3b3d4aff7d0510a509" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`ALTER TABLE "cohort_outbox" ADD "html" text`);
    await queryRunner.query(
      `ALTER TABLE "cohort_outbox" ADD "claimed_until" TIMESTAMP WITH TIME ZONE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cohort_outbox" DROP COLUMN "claimed_until"`);
    await queryRunner.query(`ALTER TABLE "cohort_outbox" DROP COLUMN "html"`);
    await queryRunner.query(`DROP TABLE "mail_messages"`);
  }
}
