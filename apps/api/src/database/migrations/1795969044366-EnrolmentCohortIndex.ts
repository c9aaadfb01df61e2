import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EnrolmentCohortIndex1795969044366 implements MigrationInterface {
  name = 'EnrolmentCohortIndex1795969044366';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_0e675e00a0c3497c936092fdbb" ON "enrolments"  ("cohort_id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_0e675e00a0c3497c936092fdbb"`);
  }
}
