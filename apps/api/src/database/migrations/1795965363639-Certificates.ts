import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Certificates1795965363639 implements MigrationInterface {
  name = 'Certificates1795965363639';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "actor_id" uuid, "action" text NOT NULL, "subject_type" text NOT NULL, "subject_id" text NOT NULL, "details" jsonb NOT NULL DEFAULT '{}', "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_08e9b4cd10971ba146b6c5bf4d" ON "audit_log"  ("subject_type", "subject_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "certificates" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "enrolment_id" uuid NOT NULL, "course_slug" text NOT NULL, "course_title" text NOT NULL, "release_id" uuid NOT NULL, "curriculum_version" text NOT NULL, "content_hash" text NOT NULL, "edition" text, "cohort_id" uuid, "recipient_name" text NOT NULL, "locale" text NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "jwt" text NOT NULL, "kid" text NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" text, CONSTRAINT "PK_e4c7e31e2144300bea7d89eb165" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_88f90b1b9c635c14271e509cec" ON "certificates"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_eae67dad555fdec30762dfcec2" ON "certificates"  ("enrolment_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "issuer_keys" ("kid" text NOT NULL, "public_jwk" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "retired_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_bcf94c113007680f9e2e264573e" PRIMARY KEY ("kid"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificates" ADD CONSTRAINT "FK_88f90b1b9c635c14271e509cec0" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificates" ADD CONSTRAINT "FK_eae67dad555fdec30762dfcec2e" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "certificates" DROP CONSTRAINT "FK_eae67dad555fdec30762dfcec2e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificates" DROP CONSTRAINT "FK_88f90b1b9c635c14271e509cec0"`,
    );
    await queryRunner.query(`DROP TABLE "issuer_keys"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eae67dad555fdec30762dfcec2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_88f90b1b9c635c14271e509cec"`);
    await queryRunner.query(`DROP TABLE "certificates"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_08e9b4cd10971ba146b6c5bf4d"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
  }
}
