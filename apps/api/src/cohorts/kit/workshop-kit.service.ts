import { DECK_SCRIPT_CSP, LOCALE_RE, renderSlideDeck } from '@academy/curriculum';
import { Injectable } from '@nestjs/common';
import { badInput, notFound } from '../../common/errors.js';
import type { CurrentUser } from '../../common/graphql-context.js';
import {
  CurriculumContentService,
  pickText,
  ReleaseService,
  type LocalizedTexts,
} from '../../curriculum/index.js';
import { CohortAccess } from '../cohort-access.service.js';
import type { CohortEntity } from '../cohort.entity.js';
import {
  renderCardsPdf,
  renderEvaluationPdf,
  renderGuidePdf,
  type PrintContext,
} from './kit-documents.js';

type Release = Awaited<ReturnType<ReleaseService['resolve']>>;

export interface KitFile {
  body: string | Uint8Array;
  contentType: string;
  filename: string;
  /** Extra headers (the deck's Content-Security-Policy). */
  headers?: Record<string, string>;
}

export interface KitIndex {
  cohortId: string;
  locale: string;
  locales: string[];
  modules: { slug: string; title: string; slides: boolean; cards: boolean }[];
  evaluationForm: boolean;
  trainerGuide: boolean;
}

/** The deck runs only its own script and loads nothing from anywhere. */
export const DECK_CSP = `default-src 'none'; style-src 'unsafe-inline'; script-src ${DECK_SCRIPT_CSP}; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

/**
 * The workshop kit of a cohort's pinned release, for the cohort's hosts (co-hosts, admins) only:
 * like the host notes, never for participants. Everything is rendered on request from the
 * immutable release, in the language asked for (with the release's fallbacks).
 */
@Injectable()
export class WorkshopKitService {
  constructor(
    private readonly access: CohortAccess,
    private readonly releases: ReleaseService,
    private readonly content: CurriculumContentService,
  ) {}

  async index(user: CurrentUser, cohortId: string): Promise<KitIndex> {
    const { cohort, release } = await this.hosted(user, cohortId);
    const course = await this.content.course(release.id, cohort.courseSlug);
    const rows = await this.content.kitIndex(release.id);
    const order = course?.modules ?? rows.map((r) => r.slug).sort();
    const courseKit = await this.content.courseKit(release.id);
    return {
      cohortId,
      locale: cohort.locale,
      locales: release.locales,
      modules: order.flatMap((slug) => {
        const row = rows.find((r) => r.slug === slug);
        if (!row) return [];
        const title = pickText<{ title: string }>(row.texts, cohort.locale, release).text.title;
        return [{ slug, title, slides: row.slides, cards: row.cards }];
      }),
      evaluationForm: !!courseKit?.evaluationForm,
      trainerGuide: Object.keys(courseKit?.trainerGuide ?? {}).length > 0,
    };
  }

  async slides(
    user: CurrentUser,
    cohortId: string,
    module: string,
    locale?: string,
  ): Promise<KitFile> {
    const { cohort, release } = await this.hosted(user, cohortId);
    const lang = this.locale(locale, cohort);
    const found = await this.content.moduleKit(release.id, module);
    if (!found?.kit || !Object.keys(found.kit.slides).length)
      throw notFound(`The slides of "${module}"`);
    const { text, info } = pickText<{ title: string; slides: string[] }>(
      found.kit.slides as unknown as LocalizedTexts,
      lang,
      release,
    );
    const html = renderSlideDeck({
      locale: info.shownLocale,
      moduleTitle: pickText<{ title: string }>(found.texts, lang, release).text.title,
      title: text.title,
      slides: text.slides,
      sources: found.kit.sources,
      footer: this.print(release, info.shownLocale).footer,
    });
    return {
      body: html,
      contentType: 'text/html; charset=utf-8',
      filename: `${module}-slides-${info.shownLocale}.html`,
      headers: { 'Content-Security-Policy': DECK_CSP },
    };
  }

  async cards(
    user: CurrentUser,
    cohortId: string,
    module: string,
    locale?: string,
  ): Promise<KitFile> {
    const { cohort, release } = await this.hosted(user, cohortId);
    const lang = this.locale(locale, cohort);
    const found = await this.content.moduleKit(release.id, module);
    if (!found?.kit || !Object.keys(found.kit.cards).length)
      throw notFound(`The cards of "${module}"`);
    const { text, info } = pickText<(typeof found.kit.cards)[string]>(
      found.kit.cards as unknown as LocalizedTexts,
      lang,
      release,
    );
    const moduleTitle = pickText<{ title: string }>(found.texts, lang, release).text.title;
    const pdf = await renderCardsPdf(
      moduleTitle,
      text,
      found.kit.sources,
      this.print(release, info.shownLocale),
    );
    return {
      body: pdf,
      contentType: 'application/pdf',
      filename: `${module}-cards-${info.shownLocale}.pdf`,
    };
  }

  async evaluationForm(user: CurrentUser, cohortId: string, locale?: string): Promise<KitFile> {
    const { cohort, release } = await this.hosted(user, cohortId);
    const form = (await this.content.courseKit(release.id))?.evaluationForm;
    if (!form) throw notFound('The evaluation form');
    const { text, info } = pickText<(typeof form.texts)[string]>(
      form.texts as unknown as LocalizedTexts,
      this.locale(locale, cohort),
      release,
    );
    const pdf = await renderEvaluationPdf(form, text, this.print(release, info.shownLocale));
    return {
      body: pdf,
      contentType: 'application/pdf',
      filename: `evaluation-form-${info.shownLocale}.pdf`,
    };
  }

  async trainerGuide(user: CurrentUser, cohortId: string, locale?: string): Promise<KitFile> {
    const { cohort, release } = await this.hosted(user, cohortId);
    const kit = await this.content.courseKit(release.id);
    if (!kit || !Object.keys(kit.trainerGuide).length)
      throw notFound('The train-the-trainer guide');
    const { text, info } = pickText<(typeof kit.trainerGuide)[string]>(
      kit.trainerGuide as unknown as LocalizedTexts,
      this.locale(locale, cohort),
      release,
    );
    const pdf = await renderGuidePdf(
      text,
      kit.trainerGuideSources,
      this.print(release, info.shownLocale),
    );
    return {
      body: pdf,
      contentType: 'application/pdf',
      filename: `train-the-trainer-${info.shownLocale}.pdf`,
    };
  }

  private async hosted(
    user: CurrentUser,
    cohortId: string,
  ): Promise<{ cohort: CohortEntity; release: Release }> {
    const cohort = await this.access.asHost(user, cohortId);
    return { cohort, release: await this.releases.resolve(cohort.releaseId) };
  }

  private locale(requested: string | undefined, cohort: CohortEntity): string {
    if (requested === undefined || requested === '') return cohort.locale;
    if (!LOCALE_RE.test(requested))
      throw badInput('locale must be a language tag such as nl or nl-BE', [
        { field: 'locale', message: 'must be a language tag such as nl or nl-BE' },
      ]);
    return requested;
  }

  private print(release: Release, locale: string): PrintContext {
    const edition = (release.manifest.edition as { name?: string } | null)?.name;
    return {
      locale,
      footer: `Circular Procurement Academy ${release.version}${edition ? ` (${edition})` : ''}`,
    };
  }
}
