import { Args, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Allow } from '../common/access.js';
import { notFound } from '../common/errors.js';
import { toSources } from './curriculum.mapper.js';
import { CriteriaSetsArgs, PracticeArgs, PracticesArgs, ReleaseScopedArgs } from './dto/curriculum.args.js';
import { CriteriaSetObject, GlossaryTermObject, PracticeFacetsObject, PracticeObject, PracticePageObject } from './dto/library.objects.js';
import { offeredLocaleFor, pickText, type ReleaseLocales } from './localized.js';
import { ReleaseCriteriaSetEntity, ReleasePracticeEntity, type LocalizedTexts } from './release-content.entities.js';
import { ReleaseEntity } from './release.entity.js';
import { ReleaseService } from './release.service.js';

type PracticeText = { title: string; summary: string; results: string; lessons: string; html: string };

function toPractice(p: ReleasePracticeEntity, release: ReleaseLocales, locale: string): PracticeObject {
  const { text, info } = pickText<PracticeText>(p.texts, locale, release);
  return {
    slug: p.slug,
    title: text.title,
    organisation: p.organisation,
    country: p.country,
    city: p.city,
    year: p.year,
    productGroup: p.productGroup,
    strategies: p.strategies,
    procedure: p.procedure,
    summary: text.summary,
    results: text.results,
    lessons: text.lessons,
    html: text.html,
    tags: p.tags,
    sources: toSources(p.sources),
    text: info,
  };
}

/** The good-practice and criteria libraries and the glossary: public reference material. */
@Resolver()
export class LibraryResolver {
  constructor(
    private readonly releases: ReleaseService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Allow('public')
  @Query(() => PracticePageObject, { description: 'Good practices, filtered and searched, newest first' })
  async practices(@Args() args: PracticesArgs): Promise<PracticePageObject> {
    const release = await this.releases.resolve(args.releaseId);
    const qb = this.dataSource
      .getRepository(ReleasePracticeEntity)
      .createQueryBuilder('p')
      .where('p.release_id = :releaseId', { releaseId: release.id });
    if (args.productGroup) qb.andWhere('p.product_group = :productGroup', { productGroup: args.productGroup });
    if (args.country) qb.andWhere('p.country = :country', { country: args.country });
    if (args.strategy) qb.andWhere(':strategy = ANY(p.strategies)', { strategy: args.strategy });
    if (args.year) qb.andWhere('p.year = :year', { year: args.year });
    if (args.search?.trim()) {
      // Prefix matching on every word, so "refurb" finds "refurbished"; each word is stemmed with
      // the configuration of the language searched in, the same as its documents.
      const words = args.search.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      if (words.length) {
        qb.andWhere(
          `EXISTS (SELECT 1 FROM release_practice_search s
                    WHERE s.release_id = p.release_id AND s.slug = p.slug AND s.locale = :searchLocale
                      AND s.search_vector @@ to_tsquery(s.config::regconfig, :q))`,
          { searchLocale: offeredLocaleFor(args.locale, release), q: words.map((w) => `${w}:*`).join(' & ') },
        );
      }
    }
    const [rows, total] = await qb.orderBy('p.year', 'DESC').addOrderBy('p.slug').skip(args.offset).take(args.limit).getManyAndCount();
    return { items: rows.map((p) => toPractice(p, release, args.locale)), total, offset: args.offset, limit: args.limit };
  }

  @Allow('public')
  @Query(() => PracticeObject)
  async practice(@Args() args: PracticeArgs): Promise<PracticeObject> {
    const release = await this.releases.resolve(args.releaseId);
    const row = await this.dataSource.getRepository(ReleasePracticeEntity).findOneBy({ releaseId: release.id, slug: args.slug });
    if (!row) throw notFound(`The good practice "${args.slug}"`);
    return toPractice(row, release, args.locale);
  }

  @Allow('public')
  @Query(() => PracticeFacetsObject)
  async practiceFacets(@Args() args: ReleaseScopedArgs): Promise<PracticeFacetsObject> {
    const release = await this.releases.resolve(args.releaseId);
    const [row] = (await this.dataSource.query(
      `SELECT coalesce(array_agg(DISTINCT product_group ORDER BY product_group), '{}') AS "productGroups",
              coalesce(array_agg(DISTINCT country ORDER BY country), '{}') AS countries,
              coalesce((SELECT array_agg(DISTINCT s ORDER BY s) FROM release_practices p2, unnest(p2.strategies) s WHERE p2.release_id = $1), '{}') AS strategies,
              coalesce(array_agg(DISTINCT year ORDER BY year DESC), '{}') AS years
         FROM release_practices WHERE release_id = $1`,
      [release.id],
    )) as PracticeFacetsObject[];
    return row!;
  }

  @Allow('public')
  @Query(() => [CriteriaSetObject], { description: 'Circular criteria sets by product group' })
  async criteriaSets(@Args() args: CriteriaSetsArgs): Promise<CriteriaSetObject[]> {
    const release = await this.releases.resolve(args.releaseId);
    const rows = await this.dataSource.getRepository(ReleaseCriteriaSetEntity).find({
      where: { releaseId: release.id, ...(args.productGroup ? { productGroup: args.productGroup } : {}) },
      order: { productGroup: 'ASC' },
    });
    if (args.productGroup && rows.length === 0) throw notFound(`The criteria set "${args.productGroup}"`);
    return rows.map((row) => {
      const { text, info } = pickText<{ title: string; scope: string; criteria: Record<string, { text: string; verification?: string }> }>(
        row.texts,
        args.locale,
        release,
      );
      return {
        productGroup: row.productGroup,
        title: text.title,
        scope: text.scope,
        sources: toSources(row.sources),
        text: info,
        criteria: (row.criteria as { id: string; type: string; level: string }[]).map((c) => ({
          ...c,
          text: text.criteria[c.id]?.text ?? '',
          verification: text.criteria[c.id]?.verification ?? null,
        })),
      };
    });
  }

  @Allow('public')
  @Query(() => [GlossaryTermObject])
  async glossary(@Args() args: ReleaseScopedArgs): Promise<GlossaryTermObject[]> {
    const release = await this.releases.resolve(args.releaseId);
    const row = await this.dataSource.getRepository(ReleaseEntity).findOneOrFail({ where: { id: release.id }, select: { id: true, glossary: true } });
    return (row.glossary as { id: string; texts: LocalizedTexts }[])
      .map((g) => ({ id: g.id, ...pickText<{ term: string; definition: string }>(g.texts, args.locale, release).text }))
      .map(({ id, term, definition }) => ({ id, term, definition }))
      .sort((a, b) => a.term.localeCompare(b.term, args.locale));
  }
}
