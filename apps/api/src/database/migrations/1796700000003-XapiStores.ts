import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Learning Record Stores that receive xAPI statements (issue 19). */
export class XapiStores1796700000003 implements MigrationInterface {
  name = 'XapiStores1796700000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "xapi_stores" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "endpoint" text NOT NULL, "key" text NOT NULL, "sealed_secret" text NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "share_email" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_57f4ed8e53335d76980d6a69d37" PRIMARY KEY ("id"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "xapi_stores"`);
  }
}
