import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisations as first-class (issue 21, item 6): the email domains whose addresses an
 * organisation vouches for, and whether (and how) a person's organisation was verified — by
 * such a domain rule, or by one of the organisation's managers.
 */
export class OrganisationVerification1796700000001 implements MigrationInterface {
  name = 'OrganisationVerification1796700000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "organisations" ADD "email_domains" text array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD "organisation_verification" text, ADD "organisation_verified_at" TIMESTAMP WITH TIME ZONE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "users" DROP COLUMN "organisation_verified_at", DROP COLUMN "organisation_verification"`,
    );
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "email_domains"`);
  }
}
