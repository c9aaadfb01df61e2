import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Upstream updates in the workspace: the core release a browser translation was made against, and
 * the record of editors confirming that a source change leaves a translation correct.
 */
export class WorkspaceUpstream1796700000045 implements MigrationInterface {
  name = 'WorkspaceUpstream1796700000045';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "workspace_source_confirmations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "edition_key" text NOT NULL, "locale" text NOT NULL, "source_path" text NOT NULL, "segment_id" text NOT NULL, "previous_source" text, "source_text" text NOT NULL, "target" text NOT NULL, "translated_against" text, "confirmed_in" text NOT NULL, "user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dc01c29c67c529518287870c0a5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e16816a3e100e1fd0d1421ec11" ON "workspace_source_confirmations"  ("edition_key", "locale", "source_path", "segment_id") `,
    );
    await queryRunner.query(`ALTER TABLE "workspace_segments" ADD "core_version" text`);
    await queryRunner.query(
      `ALTER TABLE "workspace_source_confirmations" ADD CONSTRAINT "FK_2ea47239e86bb42c4eb447b94cc" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "workspace_source_confirmations" DROP CONSTRAINT "FK_2ea47239e86bb42c4eb447b94cc"`,
    );
    await queryRunner.query(`ALTER TABLE "workspace_segments" DROP COLUMN "core_version"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e16816a3e100e1fd0d1421ec11"`);
    await queryRunner.query(`DROP TABLE "workspace_source_confirmations"`);
  }
}
