import { searchConfigFor } from './search-config.js';
import type { ReleaseBundle, TranslationStatus } from '@academy/curriculum';
import type { DataSource, EntityManager } from 'typeorm';
import {
  ReleaseCourseEntity,
  ReleaseCriteriaSetEntity,
  ReleaseLessonEntity,
  ReleaseModuleEntity,
  ReleasePracticeEntity,
  ReleaseQuizEntity,
} from './release-content.entities.js';
import { ReleaseEntity } from './release.entity.js';

export type ImportOutcome =
  | { status: 'imported'; releaseId: string; version: string; edition: string | null; rows: number }
  | { status: 'unchanged'; releaseId: string; version: string; edition: string | null };

export type ImportProgress = (step: string, done: number, total: number) => void;

/** A changed folder under a version that was already released: releases are immutable. */
export class VersionNotBumpedError extends Error {
  constructor(id: string, edition: string | null, version: string, stored: string, incoming: string) {
    super(
      `${id}${edition ? ` (edition ${edition})` : ''} ${version} was already released with other content ` +
        `(stored ${stored.slice(0, 12)}…, folder ${incoming.slice(0, 12)}…). ` +
        'Releases never change: bump `version` in curriculum.yaml and add a CHANGELOG.md entry.',
    );
  }
}

const CHUNK = 200;

// Rows come from the validated bundle; TypeORM's deep-partial types cannot follow its JSON columns.
async function insertChunked(em: EntityManager, target: new () => object, rows: object[]) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await em.getRepository(target).insert(rows.slice(i, i + CHUNK));
  }
}

/** Words a full-text search should find for a practice: structured fields plus every locale's text. */
type BundlePractice = ReleaseBundle['practices'][number];

/** One search document per offered locale: the text shown in that locale, searched in its language. */
function practiceDocuments(p: BundlePractice): { slug: string; locale: string; config: string; doc: string }[] {
  const facts = [p.organisation, p.city ?? '', p.country, p.productGroup, ...p.strategies, ...p.tags];
  return Object.entries(p.texts).map(([locale, t]) => ({
    slug: p.slug,
    locale,
    config: searchConfigFor(t.shownLocale),
    doc: [...facts, t.title, t.summary, t.results, t.lessons, t.html.replace(/<[^>]+>/g, ' ')].join(' '),
  }));
}

/**
 * Imports a release bundle in one transaction. Importing the same content again writes nothing;
 * different content under a released version is refused. Concurrent importers (several API
 * replicas starting at once) are serialised with an advisory lock.
 */
export async function importReleaseBundle(
  dataSource: DataSource,
  bundle: ReleaseBundle,
  status: TranslationStatus,
  progress: ImportProgress = () => undefined,
): Promise<ImportOutcome> {
  const m = bundle.manifest;
  const edition = m.edition?.id ?? null;
  return dataSource.transaction(async (em) => {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('academy:curriculum-import'))`);
    const existing = await em.getRepository(ReleaseEntity).findOneBy({
      curriculumId: m.id,
      editionKey: edition ?? '',
      version: m.version,
    });
    if (existing) {
      if (existing.contentHash === m.contentHash) {
        return { status: 'unchanged', releaseId: existing.id, version: m.version, edition };
      }
      // The folder holds what the translation workspace already published (its exported files,
      // committed): that release is this content, under its workspace build version.
      const published = await em.getRepository(ReleaseEntity).findOneBy({
        curriculumId: m.id,
        editionKey: edition ?? '',
        contentHash: m.contentHash,
      });
      if (published) return { status: 'unchanged', releaseId: published.id, version: published.version, edition };
      throw new VersionNotBumpedError(m.id, edition, m.version, existing.contentHash, m.contentHash);
    }

    const steps = 7;
    progress('release', 0, steps);
    const release: Omit<ReleaseEntity, 'id' | 'importedAt'> = {
      curriculumId: m.id,
      editionKey: edition ?? '',
      version: m.version,
      contentHash: m.contentHash,
      sourceLocale: m.sourceLocale,
      locales: m.locales,
      manifest: { fallbacks: m.fallbacks, edition: m.edition, formatVersion: bundle.formatVersion },
      glossary: bundle.glossary,
      exercises: bundle.exercises,
      translationStatus: status as unknown as Record<string, unknown>,
      kit: bundle.kit ?? null,
    };
    const { identifiers } = await em.getRepository(ReleaseEntity).insert(release as never);
    const releaseId = String(identifiers[0]!.id);
    let rows = 1;

    progress('courses', 1, steps);
    await insertChunked(em, ReleaseCourseEntity, bundle.courses.map((c) => ({
      releaseId, slug: c.slug, modules: c.modules, finalAssessment: c.finalAssessment,
      completion: c.completion, certificate: c.certificate, texts: c.texts,
    })));
    rows += bundle.courses.length;

    progress('modules', 2, steps);
    await insertChunked(em, ReleaseModuleEntity, bundle.modules.map((mod) => ({
      releaseId, slug: mod.slug, lessons: mod.lessons, texts: mod.texts, hostNotes: mod.hostNotes, kit: mod.kit ?? null,
    })));
    rows += bundle.modules.length;

    progress('lessons', 3, steps);
    await insertChunked(em, ReleaseLessonEntity, bundle.lessons.map((l) => ({
      releaseId, moduleSlug: l.module, slug: l.slug, position: l.position, minutes: l.minutes, sources: l.sources, texts: l.texts,
    })));
    rows += bundle.lessons.length;

    progress('quizzes', 4, steps);
    const quizzes = [
      ...bundle.modules.flatMap((mod) =>
        mod.quiz ? [{ releaseId, kind: 'module' as const, slug: mod.slug, settings: mod.quiz.settings, questions: mod.quiz.questions, texts: mod.quiz.texts }] : [],
      ),
      ...bundle.assessments.map(({ texts, id, ...settings }) => ({
        releaseId, kind: 'assessment' as const, slug: id, settings, questions: [], texts,
      })),
    ];
    await insertChunked(em, ReleaseQuizEntity, quizzes);
    rows += quizzes.length;

    progress('practices', 5, steps);
    await insertChunked(em, ReleasePracticeEntity, bundle.practices.map((p) => ({
      releaseId, slug: p.slug, organisation: p.organisation, country: p.country, city: p.city, year: p.year,
      productGroup: p.productGroup, strategies: p.strategies, procedure: p.procedure, sources: p.sources,
      tags: p.tags, texts: p.texts,
    })));
    const documents = bundle.practices.flatMap(practiceDocuments);
    if (documents.length) {
      await em.query(
        `INSERT INTO release_practice_search (release_id, slug, locale, config, search_vector)
         SELECT $1, d.slug, d.locale, d.config, to_tsvector(d.config::regconfig, d.doc)
           FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS d(slug, locale, config, doc)`,
        [releaseId, ...(['slug', 'locale', 'config', 'doc'] as const).map((k) => documents.map((d) => d[k]))],
      );
    }
    rows += bundle.practices.length;

    progress('criteria', 6, steps);
    await insertChunked(em, ReleaseCriteriaSetEntity, bundle.criteria.map((c) => ({
      releaseId, productGroup: c.group, sources: c.sources ?? [], criteria: c.criteria, texts: c.texts,
    })));
    rows += bundle.criteria.length;
    progress('done', steps, steps);
    return { status: 'imported', releaseId, version: m.version, edition, rows };
  });
}
