import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CurriculumReleases1795964511820 implements MigrationInterface {
  name = 'CurriculumReleases1795964511820';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "curriculum_releases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "curriculum_id" text NOT NULL, "edition_key" text NOT NULL DEFAULT '', "version" text NOT NULL, "content_hash" text NOT NULL, "source_locale" text NOT NULL, "locales" text array NOT NULL, "manifest" jsonb NOT NULL, "glossary" jsonb NOT NULL, "exercises" jsonb NOT NULL, "translation_status" jsonb NOT NULL, "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7b950dc59c410c5b4d39baa3beb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_976699fe1da735cf8932dd7cb6" ON "curriculum_releases"  ("curriculum_id", "edition_key", "version") `,
    );
    await queryRunner.query(
      `CREATE TABLE "release_courses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "release_id" uuid NOT NULL, "slug" text NOT NULL, "modules" text array NOT NULL, "final_assessment" text, "completion" jsonb NOT NULL, "certificate" boolean NOT NULL, "texts" jsonb NOT NULL, CONSTRAINT "PK_fcd1fe01e6667fb496a4a8c5edf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_0b17ff9d58a118a39dcf6e8c12" ON "release_courses"  ("release_id", "slug") `,
    );
    await queryRunner.query(
      `CREATE TABLE "release_modules" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "release_id" uuid NOT NULL, "slug" text NOT NULL, "lessons" text array NOT NULL, "texts" jsonb NOT NULL, "host_notes" jsonb NOT NULL, CONSTRAINT "PK_47abd7307d636bcdc2bf0776f7d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_eade4c50385fcf06297d18448c" ON "release_modules"  ("release_id", "slug") `,
    );
    await queryRunner.query(
      `CREATE TABLE "release_lessons" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "release_id" uuid NOT NULL, "module_slug" text NOT NULL, "slug" text NOT NULL, "position" integer NOT NULL, "minutes" integer NOT NULL, "sources" jsonb NOT NULL, "texts" jsonb NOT NULL, CONSTRAINT "PK_7bce9edccd270dfde48302471bd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_c1a183bf2948baec7f0ef73296" ON "release_lessons"  ("release_id", "module_slug", "slug") `,
    );
    await queryRunner.query(
      `CREATE TABLE "release_quizzes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "release_id" uuid NOT NULL, "kind" text NOT NULL, "slug" text NOT NULL, "settings" jsonb NOT NULL, "questions" jsonb NOT NULL, "texts" jsonb NOT NULL, CONSTRAINT "PK_5c52b26693f26a20adb214c9145" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_f1ef747f0cb90c9797b79d6065" ON "release_quizzes"  ("release_id", "kind", "slug") `,
    );
    await queryRunner.query(
      `CREATE TABLE "release_practices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "release_id" uuid NOT NULL, "slug" text NOT NULL, "organisation" text NOT NULL, "country" text NOT NULL, "city" text, "year" integer NOT NULL, "product_group" text NOT NULL, "strategies" text array NOT NULL, "procedure" text, "sources" jsonb NOT NULL, "tags" text array NOT NULL, "texts" jsonb NOT NULL, "search_vector" tsvector NOT NULL, CONSTRAINT "PK_16d8e56504c6d4814a8d0f02dde" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "release_practices_search_idx" ON "release_practices" USING gin ("search_vector")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_99c285811dade66dbb8871bb58" ON "release_practices"  ("release_id", "slug") `,
    );
    await queryRunner.query(
      `CREATE TABLE "release_criteria_sets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "release_id" uuid NOT NULL, "product_group" text NOT NULL, "sources" jsonb NOT NULL, "criteria" jsonb NOT NULL, "texts" jsonb NOT NULL, CONSTRAINT "PK_ea57581aa047c1fda998a5d8745" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_ca25c2b36e2a32c21b17a048ec" ON "release_criteria_sets"  ("release_id", "product_group") `,
    );
    await queryRunner.query(
      `ALTER TABLE "release_courses" ADD CONSTRAINT "FK_edee631a124556fcf156ce88b4d" FOREIGN KEY ("release_id") REFERENCES "curriculum_releases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "release_modules" ADD CONSTRAINT "FK_ccce8a8b38a4d394ccfaf59c026" FOREIGN KEY ("release_id") REFERENCES "curriculum_releases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "release_lessons" ADD CONSTRAINT "FK_2c7913c7bfaaf257503bdf47ee9" FOREIGN KEY ("release_id") REFERENCES "curriculum_releases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "release_quizzes" ADD CONSTRAINT "FK_bbc291cde336eeb887e470f072c" FOREIGN KEY ("release_id") REFERENCES "curriculum_releases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "release_practices" ADD CONSTRAINT "FK_8cf31a61df873aa32822b797d51" FOREIGN KEY ("release_id") REFERENCES "curriculum_releases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "release_criteria_sets" ADD CONSTRAINT "FK_854f1ba8d58f9f9068cb57eb780" FOREIGN KEY ("release_id") REFERENCES "curriculum_releases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."release_practices_search_idx"`);
    await queryRunner.query(
      `ALTER TABLE "release_criteria_sets" DROP CONSTRAINT "FK_854f1ba8d58f9f9068cb57eb780"`,
    );
    await queryRunner.query(
      `ALTER TABLE "release_practices" DROP CONSTRAINT "FK_8cf31a61df873aa32822b797d51"`,
    );
    await queryRunner.query(
      `ALTER TABLE "release_quizzes" DROP CONSTRAINT "FK_bbc291cde336eeb887e470f072c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "release_lessons" DROP CONSTRAINT "FK_2c7913c7bfaaf257503bdf47ee9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "release_modules" DROP CONSTRAINT "FK_ccce8a8b38a4d394ccfaf59c026"`,
    );
    await queryRunner.query(
      `ALTER TABLE "release_courses" DROP CONSTRAINT "FK_edee631a124556fcf156ce88b4d"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_ca25c2b36e2a32c21b17a048ec"`);
    await queryRunner.query(`DROP TABLE "release_criteria_sets"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_99c285811dade66dbb8871bb58"`);
    await queryRunner.query(`DROP TABLE "release_practices"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f1ef747f0cb90c9797b79d6065"`);
    await queryRunner.query(`DROP TABLE "release_quizzes"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c1a183bf2948baec7f0ef73296"`);
    await queryRunner.query(`DROP TABLE "release_lessons"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eade4c50385fcf06297d18448c"`);
    await queryRunner.query(`DROP TABLE "release_modules"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0b17ff9d58a118a39dcf6e8c12"`);
    await queryRunner.query(`DROP TABLE "release_courses"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_976699fe1da735cf8932dd7cb6"`);
    await queryRunner.query(`DROP TABLE "curriculum_releases"`);
  }
}
