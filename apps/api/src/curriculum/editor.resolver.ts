import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { exportXliff, loadCurriculum, type TranslationStatus } from '@academy/curriculum';
import { Allow } from '../common/access.js';
import { badInput } from '../common/errors.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { TranslationStatusArgs, XliffArgs } from './dto/curriculum.args.js';
import { ReleaseObject } from './dto/curriculum.objects.js';
import { TranslationStatusObject } from './dto/library.objects.js';
import { bundledCurriculumDir } from './release-source.js';
import { ReleaseService, toReleaseObject } from './release.service.js';

/** What curriculum editors and translators need: releases and translation freshness. */
@Resolver()
export class EditorResolver {
  constructor(
    private readonly releases: ReleaseService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Allow('editor', 'host')
  @Query(() => [ReleaseObject], { description: 'Imported releases, newest first' })
  async releasesList(): Promise<ReleaseObject[]> {
    return (await this.releases.list(undefined)).map(toReleaseObject);
  }

  @Allow('editor')
  @Query(() => TranslationStatusObject, { description: 'Module × locale translation status of a release, as imported' })
  async translationStatus(@Args() args: TranslationStatusArgs): Promise<TranslationStatusObject> {
    const release = await this.releases.withStatus(args.releaseId);
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
    const root = this.config.curriculumDir || bundledCurriculumDir;
    const model = loadCurriculum(root, args.edition ? { edition: args.edition } : {});
    if (!model.locales.includes(args.locale)) {
      throw badInput(`locale ${args.locale} is not offered (offered: ${model.locales.join(', ')})`, [
        { field: 'locale', message: 'not offered by this curriculum' },
      ]);
    }
    return exportXliff(model, { locale: args.locale, module: args.module });
  }
}
