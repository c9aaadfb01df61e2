import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Shared state for N replicas: rate-limit counters (rate-limiter-flexible's PostgreSQL layout;
 * unused when REDIS_URL is set) and the private signing key, so every replica signs with one key.
 */
export class SharedLimitsAndIssuerKey1796505209571 implements MigrationInterface {
  name = 'SharedLimitsAndIssuerKey1796505209571';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "rate_limits" ("key" character varying(255) NOT NULL, "points" integer NOT NULL DEFAULT 0, "expire" bigint, CONSTRAINT "PK_rate_limits" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_rate_limits_expire" ON "rate_limits" ("expire")`);
    await queryRunner.query(`ALTER TABLE "issuer_keys" ADD "private_jwk" jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "issuer_keys" DROP COLUMN "private_jwk"`);
    await queryRunner.query(`DROP TABLE "rate_limits"`);
  }
}
