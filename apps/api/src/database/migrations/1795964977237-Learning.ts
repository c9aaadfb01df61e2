import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Learning1795964977237 implements MigrationInterface {
  name = 'Learning1795964977237';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "enrolments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "course_slug" text NOT NULL, "release_id" uuid NOT NULL, "locale" text NOT NULL, "cohort_id" uuid, "enrolled_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "completed_at" TIMESTAMP WITH TIME ZONE, "last_lesson" text, "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6e79971fbd26967c4da9ed52770" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_06fa22fb937ebd4b0d2df48886" ON "enrolments"  ("release_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_d72bcf9813de14291f3ee4933e" ON "enrolments"  ("user_id", "course_slug") `,
    );
    await queryRunner.query(
      `CREATE TABLE "lesson_progress" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "course_slug" text NOT NULL, "module_slug" text NOT NULL, "lesson_slug" text NOT NULL, "first_viewed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_e6223ebbc5f8f5fce40e0193de1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_1d6faa18ebb067906c19d40a5e" ON "lesson_progress"  ("user_id", "course_slug", "module_slug", "lesson_slug") `,
    );
    await queryRunner.query(
      `CREATE TABLE "quiz_attempts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "enrolment_id" uuid NOT NULL, "release_id" uuid NOT NULL, "kind" text NOT NULL, "quiz_slug" text NOT NULL, "number" integer NOT NULL, "questions" jsonb NOT NULL, "drafts" jsonb NOT NULL DEFAULT '{}', "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deadline_at" TIMESTAMP WITH TIME ZONE, "submitted_at" TIMESTAMP WITH TIME ZONE, "idempotency_key" text, "score" double precision, "max_score" double precision, "fraction" double precision, "passed" boolean, "results" jsonb, CONSTRAINT "PK_a84a93fb092359516dc5b325b90" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_391d5c3dc7dc27143d8378281e" ON "quiz_attempts"  ("enrolment_id", "kind", "quiz_slug") `,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolments" ADD CONSTRAINT "FK_7eb4b01f52fb0ce0e3136d87c76" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolments" ADD CONSTRAINT "FK_06fa22fb937ebd4b0d2df488861" FOREIGN KEY ("release_id") REFERENCES "curriculum_releases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lesson_progress" ADD CONSTRAINT "FK_0d9292b3eb40707950eeeba9617" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quiz_attempts" ADD CONSTRAINT "FK_1701aaf48f6a78e96bfe08dd395" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quiz_attempts" ADD CONSTRAINT "FK_1c3561d478515b27ed46e2924ff" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "quiz_attempts" DROP CONSTRAINT "FK_1c3561d478515b27ed46e2924ff"`,
    );
    await queryRunner.query(
      `ALTER TABLE "quiz_attempts" DROP CONSTRAINT "FK_1701aaf48f6a78e96bfe08dd395"`,
    );
    await queryRunner.query(
      `ALTER TABLE "lesson_progress" DROP CONSTRAINT "FK_0d9292b3eb40707950eeeba9617"`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolments" DROP CONSTRAINT "FK_06fa22fb937ebd4b0d2df488861"`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolments" DROP CONSTRAINT "FK_7eb4b01f52fb0ce0e3136d87c76"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_391d5c3dc7dc27143d8378281e"`);
    await queryRunner.query(`DROP TABLE "quiz_attempts"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1d6faa18ebb067906c19d40a5e"`);
    await queryRunner.query(`DROP TABLE "lesson_progress"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d72bcf9813de14291f3ee4933e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_06fa22fb937ebd4b0d2df48886"`);
    await queryRunner.query(`DROP TABLE "enrolments"`);
  }
}
