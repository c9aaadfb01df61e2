import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../common/access.js';
import { notFound } from '../common/errors.js';
import { toSources } from './curriculum.mapper.js';
import { CriteriaSetsArgs, PracticeArgs, PracticesArgs, ReleaseScopedArgs } from './dto/curriculum.args.js';
import { CriteriaSetObject, GlossaryTermObject, PracticeFacetsObject, PracticeObject, PracticePageObject } from './dto/library.objects.js';
import { offeredLocaleFor, pickText, type ReleaseLocales } from './localized.js';
import { CurriculumContentService } from './curriculum-content.service.js';
import { LibraryService } from './library.service.js';
import type { ReleasePracticeEntity } from './release-content.entities.js';
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
    private readonly library: LibraryService,
    private readonly content: CurriculumContentService,
  ) {}

  @Allow('public')
  @Query(() => PracticePageObject, { description: 'Good practices, filtered and searched, newest first' })
  async practices(@Args() args: PracticesArgs): Promise<PracticePageObject> {
    const release = await this.releases.resolve(args.releaseId);
    const words = args.search?.trim() ? (args.search.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) : [];
    const [rows, total] = await this.library.practices(release.id, {
      productGroup: args.productGroup,
      country: args.country,
      strategy: args.strategy,
      year: args.year,
      words,
      searchLocale: offeredLocaleFor(args.locale, release),
      offset: args.offset,
      limit: args.limit,
    });
    return { items: rows.map((p) => toPractice(p, release, args.locale)), total, offset: args.offset, limit: args.limit };
  }

  @Allow('public')
  @Query(() => PracticeObject)
  async practice(@Args() args: PracticeArgs): Promise<PracticeObject> {
    const release = await this.releases.resolve(args.releaseId);
    const row = await this.library.practice(release.id, args.slug);
    if (!row) throw notFound(`The good practice "${args.slug}"`);
    return toPractice(row, release, args.locale);
  }

  @Allow('public')
  @Query(() => PracticeFacetsObject)
  async practiceFacets(@Args() args: ReleaseScopedArgs): Promise<PracticeFacetsObject> {
    const release = await this.releases.resolve(args.releaseId);
    return this.library.practiceFacets(release.id);
  }

  @Allow('public')
  @Query(() => [CriteriaSetObject], { description: 'Circular criteria sets by product group' })
  async criteriaSets(@Args() args: CriteriaSetsArgs): Promise<CriteriaSetObject[]> {
    const release = await this.releases.resolve(args.releaseId);
    const rows = await this.library.criteriaSets(release.id, args.productGroup);
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
    return (await this.content.glossary(release.id))
      .map((g) => ({ id: g.id, ...pickText<{ term: string; definition: string }>(g.texts, args.locale, release).text }))
      .map(({ id, term, definition }) => ({ id, term, definition }))
      .sort((a, b) => a.term.localeCompare(b.term, args.locale));
  }
}
