import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LiveWorkshops1796700000004 implements MigrationInterface {
  name = 'LiveWorkshops1796700000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "live_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_session_id" uuid NOT NULL, "cohort_id" uuid NOT NULL, "started_by" uuid, "join_code" text NOT NULL, "current_activity_id" uuid, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ended_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cc3225418b55b1e022dbfb6dca5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a79cd2083c078b55dc99cfdf66" ON "live_sessions"  ("cohort_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_0b242ef21e592bd248d4286308" ON "live_sessions"  ("join_code") WHERE ended_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_151ea1429879604709795be826" ON "live_sessions"  ("cohort_session_id") WHERE ended_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "live_participants" ("live_session_id" uuid NOT NULL, "user_id" uuid NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e6a0f9b5f83e492de36aa601a92" PRIMARY KEY ("live_session_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3910db2a8be76f4a903a458f27" ON "live_participants"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "live_activities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "live_session_id" uuid NOT NULL, "position" integer NOT NULL, "kind" text NOT NULL, "prompt" text NOT NULL, "options" jsonb NOT NULL DEFAULT '[]', "answer_key" jsonb, "quiz_module" text, "quiz_question" text, "state" text NOT NULL DEFAULT 'open', "launched_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c33b2329f1f393af6a46882314a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_c70a88d12a52cd3aff73b98700" ON "live_activities"  ("live_session_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "live_answers" ("activity_id" uuid NOT NULL, "user_id" uuid NOT NULL, "response" jsonb NOT NULL, "correct" boolean, "answered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_093395d785a4703d5102c4d8639" PRIMARY KEY ("activity_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9c48451d1899e8979ed2b17cc4" ON "live_answers"  ("user_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "live_sessions" ADD CONSTRAINT "FK_4661c4721707efd30552ca7ee52" FOREIGN KEY ("cohort_session_id") REFERENCES "cohort_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_sessions" ADD CONSTRAINT "FK_a79cd2083c078b55dc99cfdf66d" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_sessions" ADD CONSTRAINT "FK_8d77d6a5fff6e733ca5e7813f33" FOREIGN KEY ("started_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_participants" ADD CONSTRAINT "FK_55560e596cb08e7e6f5f4a37377" FOREIGN KEY ("live_session_id") REFERENCES "live_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_participants" ADD CONSTRAINT "FK_3910db2a8be76f4a903a458f273" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_activities" ADD CONSTRAINT "FK_5aa3ffe7d2300f7b0928257fff3" FOREIGN KEY ("live_session_id") REFERENCES "live_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_answers" ADD CONSTRAINT "FK_24e0b67502b9da806cd33f274b9" FOREIGN KEY ("activity_id") REFERENCES "live_activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_answers" ADD CONSTRAINT "FK_9c48451d1899e8979ed2b17cc4f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "live_answers" DROP CONSTRAINT "FK_9c48451d1899e8979ed2b17cc4f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_answers" DROP CONSTRAINT "FK_24e0b67502b9da806cd33f274b9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_activities" DROP CONSTRAINT "FK_5aa3ffe7d2300f7b0928257fff3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_participants" DROP CONSTRAINT "FK_3910db2a8be76f4a903a458f273"`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_participants" DROP CONSTRAINT "FK_55560e596cb08e7e6f5f4a37377"`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_sessions" DROP CONSTRAINT "FK_8d77d6a5fff6e733ca5e7813f33"`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_sessions" DROP CONSTRAINT "FK_a79cd2083c078b55dc99cfdf66d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_sessions" DROP CONSTRAINT "FK_4661c4721707efd30552ca7ee52"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_9c48451d1899e8979ed2b17cc4"`);
    await queryRunner.query(`DROP TABLE "live_answers"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c70a88d12a52cd3aff73b98700"`);
    await queryRunner.query(`DROP TABLE "live_activities"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3910db2a8be76f4a903a458f27"`);
    await queryRunner.query(`DROP TABLE "live_participants"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_151ea1429879604709795be826"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0b242ef21e592bd248d4286308"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a79cd2083c078b55dc99cfdf66"`);
    await queryRunner.query(`DROP TABLE "live_sessions"`);
  }
}
