import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The browser translation workspace: editors' edition grants, segments translated in the browser
 * (with the source they were translated from and a version for optimistic concurrency), comments.
 */
export class Workspace1796700000002 implements MigrationInterface {
  name = 'Workspace1796700000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "editor_editions" ("user_id" uuid NOT NULL, "edition_key" text NOT NULL, "granted_by" uuid, "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_62748f0dc58806fbb02485d5b86" PRIMARY KEY ("user_id", "edition_key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "workspace_segments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "edition_key" text NOT NULL, "locale" text NOT NULL, "source_path" text NOT NULL, "segment_id" text NOT NULL, "target" text NOT NULL, "source_text" text NOT NULL, "state" text NOT NULL, "version" integer NOT NULL, "author_id" uuid, "reviewer_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5d42445690363c8e4455e0a85ad" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_de0863b77a8cb6c6d715617d2e" ON "workspace_segments"  ("edition_key", "locale", "source_path", "segment_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "workspace_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "edition_key" text NOT NULL, "locale" text NOT NULL, "source_path" text NOT NULL, "segment_id" text NOT NULL, "author_id" uuid, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_54f8c9abf3782615968f8ec4ea8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cfc8cf0f0f25ce270dedf239e8" ON "workspace_comments"  ("edition_key", "locale", "source_path", "segment_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "editor_editions" ADD CONSTRAINT "FK_6d9aefc2223e572b0da913faf69" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "editor_editions" ADD CONSTRAINT "FK_e0c113b01558504c40da93b2180" FOREIGN KEY ("granted_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "workspace_segments" ADD CONSTRAINT "FK_09f33ed9c097ff7010af763ac8e" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "workspace_segments" ADD CONSTRAINT "FK_37f3fb31d135ead6085b516a219" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "workspace_comments" ADD CONSTRAINT "FK_922cace9334f9dc29e6f2ca865e" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "workspace_comments" DROP CONSTRAINT "FK_922cace9334f9dc29e6f2ca865e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "workspace_segments" DROP CONSTRAINT "FK_37f3fb31d135ead6085b516a219"`,
    );
    await queryRunner.query(
      `ALTER TABLE "workspace_segments" DROP CONSTRAINT "FK_09f33ed9c097ff7010af763ac8e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "editor_editions" DROP CONSTRAINT "FK_e0c113b01558504c40da93b2180"`,
    );
    await queryRunner.query(
      `ALTER TABLE "editor_editions" DROP CONSTRAINT "FK_6d9aefc2223e572b0da913faf69"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_cfc8cf0f0f25ce270dedf239e8"`);
    await queryRunner.query(`DROP TABLE "workspace_comments"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_de0863b77a8cb6c6d715617d2e"`);
    await queryRunner.query(`DROP TABLE "workspace_segments"`);
    await queryRunner.query(`DROP TABLE "editor_editions"`);
  }
}
