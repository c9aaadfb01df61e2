import type { Question, QuizSettings } from '@academy/curriculum';
import type { CompletionRules } from '@academy/learning';
import { parseLccScenario, type LccScenario } from '@academy/lcc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { notFound } from '../common/errors.js';
import { ReleaseContentCache, type LocalizedTexts } from '../curriculum/index.js';

export interface StructureModule {
  slug: string;
  lessons: string[];
  quiz: QuizSettings | null;
}

export interface AssessmentSettings {
  id: string;
  passMark: number;
  maxAttempts?: number;
  timeLimitMinutes?: number;
  shuffleOptions?: boolean;
  draw: { module: string; count: number }[];
}

export interface CourseStructure {
  releaseId: string;
  courseSlug: string;
  modules: StructureModule[];
  completion: CompletionRules;
  finalAssessment: AssessmentSettings | null;
  /** Every lesson as `module/lesson`, in study order. */
  lessonKeys: string[];
}

export interface QuizBankRow {
  slug: string;
  questions: Question[];
  texts: LocalizedTexts;
}

/**
 * The structure of a course in a release. Releases never change, so it is cached in memory for
 * the life of the process (bounded), and costs no SQL after the first request.
 */
@Injectable()
export class CourseStructureService {
  private readonly cache = new Map<string, Promise<CourseStructure>>();
  private static readonly MAX_ENTRIES = 200;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly content: ReleaseContentCache,
  ) {}

  get(releaseId: string, courseSlug: string): Promise<CourseStructure> {
    const key = `${releaseId}:${courseSlug}`;
    let entry = this.cache.get(key);
    if (!entry) {
      if (this.cache.size >= CourseStructureService.MAX_ENTRIES)
        this.cache.delete(this.cache.keys().next().value!);
      entry = this.load(releaseId, courseSlug);
      entry.catch(() => this.cache.delete(key));
      this.cache.set(key, entry);
    }
    return entry;
  }

  private async load(releaseId: string, courseSlug: string): Promise<CourseStructure> {
    const rows: {
      modules: string[];
      completion: CompletionRules;
      final_assessment: string | null;
      structure: StructureModule[] | null;
      assessment: AssessmentSettings | null;
    }[] = await this.dataSource.query(
      `SELECT c.modules, c.completion, c.final_assessment,
                (SELECT jsonb_agg(jsonb_build_object('slug', m.slug, 'lessons', to_jsonb(m.lessons), 'quiz', q.settings))
                   FROM release_modules m
                   LEFT JOIN release_quizzes q ON q.release_id = m.release_id AND q.kind = 'module' AND q.slug = m.slug
                  WHERE m.release_id = c.release_id AND m.slug = ANY(c.modules)) AS structure,
                (SELECT q.settings || jsonb_build_object('id', q.slug) FROM release_quizzes q
                  WHERE q.release_id = c.release_id AND q.kind = 'assessment' AND q.slug = c.final_assessment) AS assessment
           FROM release_courses c WHERE c.release_id = $1 AND c.slug = $2`,
      [releaseId, courseSlug],
    );
    const row = rows[0];
    if (!row) throw notFound(`The course "${courseSlug}"`);
    const bySlug = new Map((row.structure ?? []).map((m) => [m.slug, m]));
    const modules = row.modules.flatMap((slug) => (bySlug.has(slug) ? [bySlug.get(slug)!] : []));
    return {
      releaseId,
      courseSlug,
      modules,
      completion: row.completion,
      finalAssessment: row.assessment,
      lessonKeys: modules.flatMap((m) => m.lessons.map((l) => `${m.slug}/${l}`)),
    };
  }

  private readonly exerciseCache = new Map<string, Promise<Map<string, LccScenario>>>();

  /** The release's LCC exercise scenarios (immutable, cached), for questions that vary inputs. */
  exercises(releaseId: string): Promise<Map<string, LccScenario>> {
    let entry = this.exerciseCache.get(releaseId);
    if (!entry) {
      entry = this.dataSource
        .query(`SELECT exercises FROM curriculum_releases WHERE id = $1`, [releaseId])
        .then(
          (rows: { exercises: { id: string; scenario: unknown }[] }[]) =>
            new Map((rows[0]?.exercises ?? []).map((e) => [e.id, parseLccScenario(e.scenario)])),
        );
      entry.catch(() => this.exerciseCache.delete(releaseId));
      this.exerciseCache.set(releaseId, entry);
    }
    return entry;
  }

  /**
   * Question banks (with answer keys: server-side only, never cached outside this process) and
   * their texts; immutable per release, so cached like the structure.
   */
  async banks(releaseId: string, slugs: string[]): Promise<Map<string, QuizBankRow>> {
    const rows = await this.content.many(
      slugs.map((slug) => `bank|${releaseId}:${slug}`),
      async (missing) => {
        const wanted = missing.map((k) => k.slice(k.indexOf(':') + 1));
        const found: QuizBankRow[] = await this.dataSource.query(
          `SELECT slug, questions, texts FROM release_quizzes WHERE release_id = $1 AND kind = 'module' AND slug = ANY($2::text[])`,
          [releaseId, wanted],
        );
        return new Map(found.map((r) => [`bank|${releaseId}:${r.slug}`, r]));
      },
    );
    return new Map(rows.flatMap((r) => (r ? [[r.slug, r] as const] : [])));
  }
}
