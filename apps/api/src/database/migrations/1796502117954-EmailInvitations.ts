import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitations are addressed to an email address and create nothing until accepted. Pending
 * invitations of the old kind (a placeholder account with an unusable password, already in the
 * cohort) become email invitations with the same token, and the placeholder account (which never
 * signed in, so it has no progress) is removed with its membership.
 */
export class EmailInvitations1796502117954 implements MigrationInterface {
  name = 'EmailInvitations1796502117954';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "cohort_invitations" DROP CONSTRAINT "FK_59b9a7a03df6032f9df0d0bd829"`,
    );
    await queryRunner.query(`ALTER TABLE "cohort_invitations" ADD "email" text`);
    await queryRunner.query(`ALTER TABLE "cohort_invitations" ADD "email_key" text`);
    await queryRunner.query(`ALTER TABLE "cohort_invitations" ADD "display_name" text`);
    await queryRunner.query(`ALTER TABLE "cohort_invitations" ADD "organisation" text`);
    await queryRunner.query(`ALTER TABLE "cohort_invitations" ADD "locale" text`);
    await queryRunner.query(`ALTER TABLE "cohort_invitations" ADD "confirmation_hash" text`);
    await queryRunner.query(`ALTER TABLE "cohort_invitations" ADD "confirmation_user_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "cohort_invitations" ALTER COLUMN "user_id" DROP NOT NULL`,
    );
    // Data: copy the invitee from the account; pending invitations forget their placeholder account.
    await queryRunner.query(
      `UPDATE "cohort_invitations" i SET "email" = u."email", "email_key" = u."email_key", "display_name" = u."display_name",
              "locale" = u."preferred_locale",
              "organisation" = (SELECT m."organisation" FROM "cohort_members" m WHERE m."user_id" = u."id" AND m."cohort_id" = i."cohort_id"),
              "user_id" = CASE WHEN i."accepted_at" IS NULL THEN NULL ELSE i."user_id" END
         FROM "users" u WHERE u."id" = i."user_id"`,
    );
    await queryRunner.query(
      `DELETE FROM "users" u WHERE u."password_hash" LIKE '!invited:%'
          AND NOT EXISTS (SELECT 1 FROM "cohort_invitations" i WHERE i."user_id" = u."id")
          AND NOT EXISTS (SELECT 1 FROM "cohorts" c WHERE c."owner_id" = u."id")`,
    );
    await queryRunner.query(`DELETE FROM "cohort_invitations" WHERE "email" IS NULL`);
    await queryRunner.query(`ALTER TABLE "cohort_invitations" DROP COLUMN "new_account"`);
    await queryRunner.query(`ALTER TABLE "cohort_invitations" ALTER COLUMN "email" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "cohort_invitations" ALTER COLUMN "email_key" SET NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_invitations" ALTER COLUMN "display_name" SET NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "cohort_invitations" ALTER COLUMN "locale" SET NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "IDX_5052d474f130b6c70f93d79d05" ON "cohort_invitations"  ("email_key") `,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_invitations" ADD CONSTRAINT "FK_59b9a7a03df6032f9df0d0bd829" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Invitations nobody has accepted have no account to point at in the old shape: they go.
    await queryRunner.query(
      `ALTER TABLE "cohort_invitations" DROP CONSTRAINT "FK_59b9a7a03df6032f9df0d0bd829"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_5052d474f130b6c70f93d79d05"`);
    await queryRunner.query(`DELETE FROM "cohort_invitations" WHERE "user_id" IS NULL`);
    await queryRunner.query(`ALTER TABLE "cohort_invitations" ALTER COLUMN "user_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "cohort_invitations" DROP COLUMN "confirmation_user_id"`);
    await queryRunner.query(`ALTER TABLE "cohort_invitations" DROP COLUMN "confirmation_hash"`);
    await queryRunner.query(`ALTER TABLE "cohort_invitations" DROP COLUMN "locale"`);
    await queryRunner.query(`ALTER TABLE "cohort_invitations" DROP COLUMN "organisation"`);
    await queryRunner.query(`ALTER TABLE "cohort_invitations" DROP COLUMN "display_name"`);
    await queryRunner.query(`ALTER TABLE "cohort_invitations" DROP COLUMN "email_key"`);
    await queryRunner.query(`ALTER TABLE "cohort_invitations" DROP COLUMN "email"`);
    await queryRunner.query(
      `ALTER TABLE "cohort_invitations" ADD "new_account" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_invitations" ALTER COLUMN "new_account" DROP DEFAULT`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_invitations" ADD CONSTRAINT "FK_59b9a7a03df6032f9df0d0bd829" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }
}
