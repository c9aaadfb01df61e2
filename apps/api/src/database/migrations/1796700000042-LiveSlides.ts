import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LiveSlides1796700000042 implements MigrationInterface {
  name = 'LiveSlides1796700000042';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "live_sessions" ADD "slide_index" integer NOT NULL DEFAULT 0`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "live_sessions" DROP COLUMN "slide_index"`);
  }
}
