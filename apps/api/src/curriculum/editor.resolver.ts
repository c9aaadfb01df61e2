import { Args, Query, Resolver } from '@nestjs/graphql';
import type { TranslationStatus } from '@academy/curriculum';
import { Allow } from '../common/access.js';
import { notFound } from '../common/errors.js';
import { TranslationStatusArgs, XliffArgs } from './dto/curriculum.args.js';
import { ReleaseObject } from './dto/curriculum.objects.js';
import { TranslationStatusObject } from './dto/library.objects.js';
import { ReleaseService, toReleaseObject } from './release.service.js';
import { XliffService } from './xliff.service.js';

/** What curriculum editors and translators need: releases and translation freshness. */
@Resolver()
export class EditorResolver {
  constructor(
    private readonly releases: ReleaseService,
    private readonly xliff: XliffService,
  ) {}

  @Allow('editor', 'host')
  @Query(() => [ReleaseObject], { description: 'Imported releases, newest first' })
  async releasesList(): Promise<ReleaseObject[]> {
    return (await this.releases.list(undefined)).map(toReleaseObject);
  }

  @Allow('editor')
  @Query(() => TranslationStatusObject, { description: 'Module × locale translation status of a release, as imported' })
  async translationStatus(@Args() args: TranslationStatusArgs): Promise<TranslationStatusObject> {
    // An edition's status is its current release's: after a workspace publish, with its reviews.
    const current = args.releaseId || args.edition === undefined ? null : await this.releases.current(args.edition);
    if (args.edition !== undefined && !args.releaseId && !current) throw notFound(`A release of edition "${args.edition}"`);
    const release = await this.releases.withStatus(args.releaseId ?? current?.id);
    const status = release.translationStatus as unknown as TranslationStatus;
    const keep = (locale: string) => !args.locale || locale === args.locale;
    return {
      releaseId: release.id,
      version: release.version,
      edition: release.editionKey || null,
      locales: status.locales.filter(keep),
      summary: status.summary.filter((s) => keep(s.locale)),
      rows: status.rows
        .filter((r) => keep(r.locale))
        .map(({ items, ...row }) => ({
          ...row,
          needsWork: items.filter((i) => i.state !== 'complete').map((i) => i.path),
          unreviewedFiles: items.filter((i) => i.state !== 'missing' && !i.reviewed).map((i) => i.path),
        })),
    };
  }

  @Allow('editor')
  @Query(() => String, { description: 'XLIFF 2.0 for translators, from the curriculum folder the academy runs' })
  translationXliff(@Args() args: XliffArgs): string {
    return this.xliff.export(args.locale, args.module, args.edition);
  }
}
