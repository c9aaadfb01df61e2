import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The workshop kit (issue 15, item 14) is stored with each release, like the host notes: per
 * module (slides and cards) and per release (evaluation form, train-the-trainer guide). Releases
 * imported before it keep NULL: they have no kit.
 */
export class WorkshopKit1796700000022 implements MigrationInterface {
  name = 'WorkshopKit1796700000022';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "release_modules" ADD "kit" jsonb`);
    await queryRunner.query(`ALTER TABLE "curriculum_releases" ADD "kit" jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "curriculum_releases" DROP COLUMN "kit"`);
    await queryRunner.query(`ALTER TABLE "release_modules" DROP COLUMN "kit"`);
  }
}
