import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Cohorts1795965775371 implements MigrationInterface {
  name = 'Cohorts1795965775371';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "cohorts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "course_slug" text NOT NULL, "release_id" uuid NOT NULL, "locale" text NOT NULL, "capacity" integer NOT NULL DEFAULT '40', "starts_on" date NOT NULL, "ends_on" date NOT NULL, "time_zone" text NOT NULL, "min_attendance" double precision, "module_unlocks" jsonb NOT NULL DEFAULT '{}', "join_code" text NOT NULL, "join_open" boolean NOT NULL DEFAULT true, "owner_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_72225d44aad9da975b4a2662d72" UNIQUE ("join_code"), CONSTRAINT "PK_fd38f76b135e907b834fda1e752" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2c241c5699d707a81f509969aa" ON "cohorts"  ("release_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "cohort_hosts" ("cohort_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" text NOT NULL, CONSTRAINT "PK_45d4616d18987a4711ae63d3112" PRIMARY KEY ("cohort_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b65927b6cde781d2b88d16db95" ON "cohort_hosts"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "cohort_members" ("cohort_id" uuid NOT NULL, "user_id" uuid NOT NULL, "organisation" text, "name_visible" boolean NOT NULL DEFAULT false, "calendar_token" text NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_39ae483427f8689cc8a7715d7d1" UNIQUE ("calendar_token"), CONSTRAINT "PK_9001e01b40ea73c30f7bb495f11" PRIMARY KEY ("cohort_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_94586924fd1c63d7a51d376707" ON "cohort_members"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "cohort_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "title" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" text, "online_url" text, "modules" text array NOT NULL DEFAULT '{}', "host_notes_module" text, "check_in_code" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_2d2ebfce37c13c8e3b1bee9a28f" UNIQUE ("check_in_code"), CONSTRAINT "PK_a352e7d92bf23140d9e92ec69d6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_68b21e8b3382de49dcfda1615a" ON "cohort_sessions"  ("cohort_id", "starts_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "cohort_attendance" ("session_id" uuid NOT NULL, "user_id" uuid NOT NULL, "status" text NOT NULL, "marked_by" uuid, "marked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_42f75b2b766a6a25ee5d169b24d" PRIMARY KEY ("session_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c50052059fd349f1b2a6575e46" ON "cohort_attendance"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "cohort_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "user_id" uuid NOT NULL, "token_hash" text NOT NULL, "new_account" boolean NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_2ec4cafdf123921b11b4163e3d0" UNIQUE ("token_hash"), CONSTRAINT "PK_a0e2ca8f0f938477aec78871248" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_be7add9f07c15e5a32504c6999" ON "cohort_invitations"  ("cohort_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "cohort_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "to_email" text NOT NULL, "subject" text NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, "error" text, CONSTRAINT "PK_b9e80d35466cf57ace02a641e77" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_94f87ba4c2b107e66f0563e67d" ON "cohort_outbox"  ("cohort_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "cohort_announcements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "author_id" uuid, "title" text NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5bc50eaf3352f65db579171f9ff" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_da68f709443ff547e0e8ca945e" ON "cohort_announcements"  ("cohort_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "cohorts" ADD CONSTRAINT "FK_2c241c5699d707a81f509969aac" FOREIGN KEY ("release_id") REFERENCES "curriculum_releases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohorts" ADD CONSTRAINT "FK_228e29c190d3ae7305febe59193" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_hosts" ADD CONSTRAINT "FK_e8444af6081b8bbde78244c6b48" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_hosts" ADD CONSTRAINT "FK_b65927b6cde781d2b88d16db951" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_members" ADD CONSTRAINT "FK_bde9c54a6a6fa9bf6fcecad1e03" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_members" ADD CONSTRAINT "FK_94586924fd1c63d7a51d3767074" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_sessions" ADD CONSTRAINT "FK_276dd30cc3c6bc770f406b50336" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_attendance" ADD CONSTRAINT "FK_17f89a7b45ce6243218545df324" FOREIGN KEY ("session_id") REFERENCES "cohort_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_attendance" ADD CONSTRAINT "FK_c50052059fd349f1b2a6575e468" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_invitations" ADD CONSTRAINT "FK_be7add9f07c15e5a32504c69996" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_invitations" ADD CONSTRAINT "FK_59b9a7a03df6032f9df0d0bd829" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_outbox" ADD CONSTRAINT "FK_bee24ff2ca220d24f0e96d9f8c1" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_announcements" ADD CONSTRAINT "FK_229d2e4ccbfca372f36ca960193" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_announcements" ADD CONSTRAINT "FK_e3cc8260f4e5b953f10026e0cc7" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "cohort_announcements" DROP CONSTRAINT "FK_e3cc8260f4e5b953f10026e0cc7"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_announcements" DROP CONSTRAINT "FK_229d2e4ccbfca372f36ca960193"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_outbox" DROP CONSTRAINT "FK_bee24ff2ca220d24f0e96d9f8c1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_invitations" DROP CONSTRAINT "FK_59b9a7a03df6032f9df0d0bd829"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_invitations" DROP CONSTRAINT "FK_be7add9f07c15e5a32504c69996"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_attendance" DROP CONSTRAINT "FK_c50052059fd349f1b2a6575e468"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_attendance" DROP CONSTRAINT "FK_17f89a7b45ce6243218545df324"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_sessions" DROP CONSTRAINT "FK_276dd30cc3c6bc770f406b50336"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_members" DROP CONSTRAINT "FK_94586924fd1c63d7a51d3767074"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_members" DROP CONSTRAINT "FK_bde9c54a6a6fa9bf6fcecad1e03"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_hosts" DROP CONSTRAINT "FK_b65927b6cde781d2b88d16db951"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_hosts" DROP CONSTRAINT "FK_e8444af6081b8bbde78244c6b48"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohorts" DROP CONSTRAINT "FK_228e29c190d3ae7305febe59193"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohorts" DROP CONSTRAINT "FK_2c241c5699d707a81f509969aac"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_da68f709443ff547e0e8ca945e"`);
    await queryRunner.query(`DROP TABLE "cohort_announcements"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_94f87ba4c2b107e66f0563e67d"`);
    await queryRunner.query(`DROP TABLE "cohort_outbox"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_be7add9f07c15e5a32504c6999"`);
    await queryRunner.query(`DROP TABLE "cohort_invitations"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c50052059fd349f1b2a6575e46"`);
    await queryRunner.query(`DROP TABLE "cohort_attendance"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_68b21e8b3382de49dcfda1615a"`);
    await queryRunner.query(`DROP TABLE "cohort_sessions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_94586924fd1c63d7a51d376707"`);
    await queryRunner.query(`DROP TABLE "cohort_members"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b65927b6cde781d2b88d16db95"`);
    await queryRunner.query(`DROP TABLE "cohort_hosts"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2c241c5699d707a81f509969aa"`);
    await queryRunner.query(`DROP TABLE "cohorts"`);
  }
}
