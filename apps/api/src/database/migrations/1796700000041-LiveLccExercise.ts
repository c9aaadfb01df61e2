import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LiveLccExercise1796700000041 implements MigrationInterface {
  name = 'LiveLccExercise1796700000041';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "live_activities" ADD "lcc" jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "live_activities" DROP COLUMN "lcc"`);
  }
}
