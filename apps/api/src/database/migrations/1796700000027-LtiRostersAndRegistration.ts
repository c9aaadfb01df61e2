import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Course rosters teachers may import (NRPS) and Dynamic Registration links (issue 19). */
export class LtiRostersAndRegistration1796700000027 implements MigrationInterface {
  name = 'LtiRostersAndRegistration1796700000027';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "lti_course_rosters" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "platform_id" uuid NOT NULL, "context_id" text NOT NULL, "context_title" text NOT NULL, "memberships_url" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b3efb872b0c7ce3a2fc6bde2a60" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_6815cd1c2e5c6eac8bee963dd3" ON "lti_course_rosters"  ("user_id", "platform_id", "context_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "lti_registration_tokens" ("token_hash" text NOT NULL, "created_by" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "platform_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2faa1b7a8cc57f256ed3e93ea31" PRIMARY KEY ("token_hash"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "lti_course_rosters" ADD CONSTRAINT "FK_4812e24eabebd7c033b22cb9d13" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lti_course_rosters" ADD CONSTRAINT "FK_080573b55eeddc1ba2de83cb424" FOREIGN KEY ("platform_id") REFERENCES "lti_platforms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lti_registration_tokens" ADD CONSTRAINT "FK_e25931434013b2fb5efdad9a2de" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lti_registration_tokens" ADD CONSTRAINT "FK_829d0f4b23c69b9b6017deac023" FOREIGN KEY ("platform_id") REFERENCES "lti_platforms"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "lti_registration_tokens" DROP CONSTRAINT "FK_829d0f4b23c69b9b6017deac023"`,
    );
    await queryRunner.query(
      `ALTER TABLE "lti_registration_tokens" DROP CONSTRAINT "FK_e25931434013b2fb5efdad9a2de"`,
    );
    await queryRunner.query(
      `ALTER TABLE "lti_course_rosters" DROP CONSTRAINT "FK_080573b55eeddc1ba2de83cb424"`,
    );
    await queryRunner.query(
      `ALTER TABLE "lti_course_rosters" DROP CONSTRAINT "FK_4812e24eabebd7c033b22cb9d13"`,
    );
    await queryRunner.query(`DROP TABLE "lti_registration_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6815cd1c2e5c6eac8bee963dd3"`);
    await queryRunner.query(`DROP TABLE "lti_course_rosters"`);
  }
}
