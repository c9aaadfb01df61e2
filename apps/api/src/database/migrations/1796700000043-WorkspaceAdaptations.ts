import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Local adaptation in the translation workspace: whole edition files written in the browser
 * (overrides, local practices, LCC defaults, hidden lessons), one per edition and path.
 */
export class WorkspaceAdaptations1796700000043 implements MigrationInterface {
  name = 'WorkspaceAdaptations1796700000043';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "workspace_adaptations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "edition_key" text NOT NULL, "path" text NOT NULL, "kind" text NOT NULL, "text" text NOT NULL, "version" integer NOT NULL, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8caf375eeb1bc1e632fefefdcbe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_df86d4eb3b4eb120d35c06e995" ON "workspace_adaptations"  ("edition_key", "path") `,
    );
    await queryRunner.query(
      `ALTER TABLE "workspace_adaptations" ADD CONSTRAINT "FK_9640264e0a0048a2c2772f5f894" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "workspace_adaptations" DROP CONSTRAINT "FK_9640264e0a0048a2c2772f5f894"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_df86d4eb3b4eb120d35c06e995"`);
    await queryRunner.query(`DROP TABLE "workspace_adaptations"`);
  }
}
