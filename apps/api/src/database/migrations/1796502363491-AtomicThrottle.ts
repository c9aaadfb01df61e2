import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AtomicThrottle1796502363491 implements MigrationInterface {
  name = 'AtomicThrottle1796502363491';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "throttle_counters" ("bucket" text NOT NULL, "hits" integer NOT NULL, "window_ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "blocked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5b38dfddab5d148ec04ef1c7f1c" PRIMARY KEY ("bucket"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7a0792f083bf4fe3db0f249520" ON "throttle_counters"  ("window_ends_at") `,
    );
    // Replaced by throttle_counters; its rows only mattered for a minute.
    await queryRunner.query(`DROP TABLE "login_failures"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "login_failures" ("id" BIGSERIAL NOT NULL, "account_key" text NOT NULL, "ip" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8211e8ec810fd7f976b98ce97a0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_05637c58bc8c17876a7bae6859" ON "login_failures"  ("ip", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2bf77a8606133fce23477c1cec" ON "login_failures"  ("account_key", "created_at") `,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_7a0792f083bf4fe3db0f249520"`);
    await queryRunner.query(`DROP TABLE "throttle_counters"`);
  }
}
