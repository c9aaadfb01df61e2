import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Question } from '@academy/curriculum';
import { In, type DataSource } from 'typeorm';
import { notFound } from '../common/errors.js';
import {
  ReleaseCourseEntity,
  ReleaseLessonEntity,
  ReleaseModuleEntity,
  ReleaseQuizEntity,
} from './release-content.entities.js';
import { ReleaseService, type Release } from './release.service.js';

type QuestionTexts = Record<
  string,
  { prompt: string; options?: Record<string, string>; explanation?: string }
>;

/** A whole course of a release in one language, answer keys included: for admin exports only. */
export interface CourseContent {
  release: Release;
  slug: string;
  title: string;
  summary: string;
  modules: {
    slug: string;
    title: string;
    lessons: { slug: string; title: string; html: string }[];
    quiz?: { questions: Question[]; texts: QuestionTexts };
  }[];
}

@Injectable()
export class CourseContentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly releases: ReleaseService,
  ) {}

  /** NOT_FOUND when the release, the course or the language is not there. */
  async course(releaseId: string, courseSlug: string, locale: string): Promise<CourseContent> {
    const release = await this.releases.byId(releaseId);
    if (!release) throw notFound('The curriculum release');
    if (!release.locales.includes(locale)) throw notFound('That language of the release');
    const course = await this.dataSource
      .getRepository(ReleaseCourseEntity)
      .findOneBy({ releaseId, slug: courseSlug });
    if (!course) throw notFound('The course');
    const [modules, lessons, quizzes] = await Promise.all([
      this.dataSource
        .getRepository(ReleaseModuleEntity)
        .findBy({ releaseId, slug: In(course.modules) }),
      this.dataSource.getRepository(ReleaseLessonEntity).find({
        where: { releaseId, moduleSlug: In(course.modules) },
        order: { position: 'ASC' },
      }),
      this.dataSource
        .getRepository(ReleaseQuizEntity)
        .findBy({ releaseId, kind: 'module', slug: In(course.modules) }),
    ]);
    const text = <T>(texts: Record<string, Record<string, unknown>>) => texts[locale] as T;
    const courseText = text<{ title: string; summary: string }>(course.texts);
    return {
      release,
      slug: course.slug,
      title: courseText.title,
      summary: courseText.summary,
      modules: course.modules.flatMap((slug) => {
        const mod = modules.find((m) => m.slug === slug);
        if (!mod) return [];
        const quiz = quizzes.find((q) => q.slug === slug);
        return [
          {
            slug,
            title: text<{ title: string }>(mod.texts).title,
            lessons: lessons
              .filter((l) => l.moduleSlug === slug)
              .map((l) => {
                const t = text<{ title: string; html: string }>(l.texts);
                return { slug: l.slug, title: t.title, html: t.html };
              }),
            ...(quiz
              ? {
                  quiz: {
                    questions: quiz.questions as Question[],
                    texts: text<{ questions: QuestionTexts }>(quiz.texts).questions,
                  },
                }
              : {}),
          },
        ];
      }),
    };
  }
}
