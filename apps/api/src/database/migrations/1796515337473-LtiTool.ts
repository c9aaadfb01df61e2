import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LtiTool1796515337473 implements MigrationInterface {
  name = 'LtiTool1796515337473';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "lti_platforms" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "issuer" text NOT NULL, "client_id" text NOT NULL, "deployment_ids" text array NOT NULL, "auth_login_url" text NOT NULL, "jwks_url" text NOT NULL, "token_url" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d4c8406fcb347bf7b1fc8a12441" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_26b49e715cd372eeb79ba4e434" ON "lti_platforms"  ("issuer", "client_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "lti_tool_keys" ("kid" text NOT NULL, "public_jwk" jsonb NOT NULL, "private_jwk" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ed6a266f3039aede7aa93d27394" PRIMARY KEY ("kid"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "lti_launch_states" ("state_hash" text NOT NULL, "nonce" text NOT NULL, "platform_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_693ff58fd7c1f22766e65d8f2bd" PRIMARY KEY ("state_hash"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_08c996e9fb34b0bf1e656fd91d" ON "lti_launch_states"  ("expires_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "lti_account_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "issuer" text NOT NULL, "subject" text NOT NULL, "user_id" uuid NOT NULL, "platform_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_launch_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_78e56784111bf7c03e26b51c0c5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3dbd80fb88120385cecbfba41e" ON "lti_account_links"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_92d0cd108c10e4677bcc4c3ef0" ON "lti_account_links"  ("issuer", "subject") `,
    );
    await queryRunner.query(
      `CREATE TABLE "lti_deep_link_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "platform_id" uuid NOT NULL, "deployment_id" text NOT NULL, "return_url" text NOT NULL, "data" text, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6c59e55433c026f6192895b1ab6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "lti_grade_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "platform_id" uuid NOT NULL, "subject" text NOT NULL, "module_slug" text NOT NULL, "line_item" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5fcbde1c338559faf70c5fe3873" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_50adbcedea13d548868058ab23" ON "lti_grade_links"  ("user_id", "platform_id", "line_item") `,
    );
    await queryRunner.query(
      `ALTER TABLE "lti_launch_states" ADD CONSTRAINT "FK_647ef9a17858ab1b88615cc8020" FOREIGN KEY ("platform_id") REFERENCES "lti_platforms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lti_account_links" ADD CONSTRAINT "FK_3dbd80fb88120385cecbfba41e7" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lti_account_links" ADD CONSTRAINT "FK_ec2a4ccc594336c722b2d9d85d3" FOREIGN KEY ("platform_id") REFERENCES "lti_platforms"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lti_deep_link_requests" ADD CONSTRAINT "FK_6d5f90aa9ff527751d661426c64" FOREIGN KEY ("platform_id") REFERENCES "lti_platforms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lti_grade_links" ADD CONSTRAINT "FK_0eee57a780eb3d51e5f5e3004a0" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lti_grade_links" ADD CONSTRAINT "FK_9b2ceb686c3bca40d3b0d2d35e3" FOREIGN KEY ("platform_id") REFERENCES "lti_platforms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "lti_grade_links" DROP CONSTRAINT "FK_9b2ceb686c3bca40d3b0d2d35e3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "lti_grade_links" DROP CONSTRAINT "FK_0eee57a780eb3d51e5f5e3004a0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "lti_deep_link_requests" DROP CONSTRAINT "FK_6d5f90aa9ff527751d661426c64"`,
    );
    await queryRunner.query(
      `ALTER TABLE "lti_account_links" DROP CONSTRAINT "FK_ec2a4ccc594336c722b2d9d85d3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "lti_account_links" DROP CONSTRAINT "FK_3dbd80fb88120385cecbfba41e7"`,
    );
    await queryRunner.query(
      `ALTER TABLE "lti_launch_states" DROP CONSTRAINT "FK_647ef9a17858ab1b88615cc8020"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_50adbcedea13d548868058ab23"`);
    await queryRunner.query(`DROP TABLE "lti_grade_links"`);
    await queryRunner.query(`DROP TABLE "lti_deep_link_requests"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_92d0cd108c10e4677bcc4c3ef0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3dbd80fb88120385cecbfba41e"`);
    await queryRunner.query(`DROP TABLE "lti_account_links"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_08c996e9fb34b0bf1e656fd91d"`);
    await queryRunner.query(`DROP TABLE "lti_launch_states"`);
    await queryRunner.query(`DROP TABLE "lti_tool_keys"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_26b49e715cd372eeb79ba4e434"`);
    await queryRunner.query(`DROP TABLE "lti_platforms"`);
  }
}
