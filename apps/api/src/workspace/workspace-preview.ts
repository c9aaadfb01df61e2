import { Injectable } from '@nestjs/common';
import { notFound } from '../common/errors.js';
import { pickText, type LocalizedTexts } from '../curriculum/index.js';
import type {
  PreviewLessonLinkObject,
  WorkspaceLessonPreviewObject,
} from './dto/workspace-release.objects.js';
import { WorkspaceRelease } from './workspace-release.js';

type LessonText = { title: string; objectives: string[]; html: string };
// The bundle's per-locale texts are what the importer stores as a release's LocalizedTexts.
const texts = (t: object) => t as unknown as LocalizedTexts;

/**
 * A lesson of the edition in one language with the workspace's unpublished text: taken from the
 * release bundle the edition would publish now, and picked with the learners' own fallback rules,
 * so the preview shows what learners will see (fallback and "not yet reviewed" notes included).
 */
@Injectable()
export class WorkspacePreview {
  constructor(private readonly release: WorkspaceRelease) {}

  async lesson(
    edition: string,
    locale: string,
    module: string,
    slug: string,
  ): Promise<WorkspaceLessonPreviewObject> {
    const bundle = await this.release.previewBundle(edition);
    const m = bundle.manifest;
    const locales = { sourceLocale: m.sourceLocale, locales: m.locales, fallbacks: m.fallbacks };
    const mod = bundle.modules.find((x) => x.slug === module);
    const row = bundle.lessons.find((l) => l.module === module && l.slug === slug);
    if (!mod || !row) throw notFound(`The lesson "${module}/${slug}"`);
    const order: PreviewLessonLinkObject[] = bundle.lessons
      .filter((l) => l.module === module)
      .sort((a, b) => a.position - b.position)
      .map((l) => ({
        module,
        slug: l.slug,
        title: pickText<LessonText>(texts(l.texts), locale, locales).text.title,
      }));
    const { text, info } = pickText<LessonText>(texts(row.texts), locale, locales);
    const index = order.findIndex((l) => l.slug === slug);
    return {
      edition,
      locale,
      module,
      slug,
      moduleTitle: pickText<{ title: string }>(texts(mod.texts), locale, locales).text.title,
      title: text.title,
      objectives: text.objectives,
      minutes: row.minutes,
      html: text.html,
      sources: (
        row.sources as { title: string; publisher?: string; year?: number; url?: string }[]
      ).map((s) => ({
        title: s.title,
        publisher: s.publisher ?? null,
        year: s.year ?? null,
        url: s.url ?? null,
      })),
      text: info,
      moduleLessons: order,
      previous: order[index - 1] ?? null,
      next: order[index + 1] ?? null,
    };
  }
}
