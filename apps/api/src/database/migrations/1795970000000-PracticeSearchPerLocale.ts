import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Practices were searched with one 'simple' vector over every language; now each offered locale
 * has its own vector with its language's configuration. Existing releases are indexed here from
 * their stored texts, with the same document and configurations as the importer uses.
 */
export class PracticeSearchPerLocale1795970000000 implements MigrationInterface {
  name = 'PracticeSearchPerLocale1795970000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION academy_unaccent (COPY = simple)`);
    await queryRunner.query(
      `ALTER TEXT SEARCH CONFIGURATION academy_unaccent ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple`,
    );
    await queryRunner.query(
      `CREATE TABLE "release_practice_search" ("release_id" uuid NOT NULL, "slug" text NOT NULL, "locale" text NOT NULL, "config" text NOT NULL, "search_vector" tsvector NOT NULL, CONSTRAINT "PK_release_practice_search" PRIMARY KEY ("release_id", "slug", "locale"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "release_practice_search_idx" ON "release_practice_search" USING gin ("search_vector")`,
    );
    await queryRunner.query(
      `ALTER TABLE "release_practice_search" ADD CONSTRAINT "FK_779e7a6a9223bd3b06ce4c12db7" FOREIGN KEY ("release_id") REFERENCES "curriculum_releases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`
      INSERT INTO release_practice_search (release_id, slug, locale, config, search_vector)
      SELECT p.release_id, p.slug, t.locale, c.config,
             to_tsvector(c.config::regconfig, concat_ws(' ', p.organisation, p.city, p.country, p.product_group,
               array_to_string(p.strategies, ' '), array_to_string(p.tags, ' '),
               t.v->>'title', t.v->>'summary', t.v->>'results', t.v->>'lessons',
               regexp_replace(coalesce(t.v->>'html', ''), '<[^>]+>', ' ', 'g')))
        FROM release_practices p
        CROSS JOIN LATERAL jsonb_each(p.texts) AS t(locale, v)
        CROSS JOIN LATERAL (SELECT CASE split_part(lower(coalesce(t.v->>'shownLocale', t.locale)), '-', 1)
          WHEN 'en' THEN 'english' WHEN 'nl' THEN 'dutch' WHEN 'de' THEN 'german' WHEN 'fr' THEN 'french'
          WHEN 'it' THEN 'italian' WHEN 'fi' THEN 'finnish' WHEN 'nb' THEN 'norwegian' WHEN 'no' THEN 'norwegian'
          WHEN 'nn' THEN 'norwegian' WHEN 'da' THEN 'danish' WHEN 'sv' THEN 'swedish' WHEN 'es' THEN 'spanish'
          WHEN 'pt' THEN 'portuguese' ELSE 'academy_unaccent' END AS config) AS c`);
    await queryRunner.query(`DROP INDEX "public"."release_practices_search_idx"`);
    await queryRunner.query(`ALTER TABLE "release_practices" DROP COLUMN "search_vector"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "release_practices" ADD "search_vector" tsvector NOT NULL DEFAULT ''`,
    );
    await queryRunner.query(`
      UPDATE release_practices p SET search_vector = to_tsvector('simple', concat_ws(' ', p.organisation, p.city, p.country,
        p.product_group, array_to_string(p.strategies, ' '), array_to_string(p.tags, ' '),
        (SELECT string_agg(concat_ws(' ', v->>'title', v->>'summary', v->>'results', v->>'lessons',
           regexp_replace(coalesce(v->>'html', ''), '<[^>]+>', ' ', 'g')), ' ') FROM jsonb_each(p.texts) AS e(k, v))))`);
    await queryRunner.query(
      `ALTER TABLE "release_practices" ALTER COLUMN "search_vector" DROP DEFAULT`,
    );
    await queryRunner.query(
      `CREATE INDEX "release_practices_search_idx" ON "release_practices" USING gin ("search_vector")`,
    );
    await queryRunner.query(`DROP TABLE "release_practice_search"`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION academy_unaccent`);
  }
}
