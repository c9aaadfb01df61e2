import { Injectable } from '@nestjs/common';
import { CourseContentService } from '../curriculum/index.js';
import { badInput } from '../common/errors.js';
import type { HostedCohortSession } from '../cohorts/index.js';

export interface LiveQuizQuestion {
  module: string;
  id: string;
  prompt: string;
  options: { id: string; label: string }[];
  /** The right option ids: one for single-choice, one or more for multiple-answer questions. */
  answer: string[];
  multiple: boolean;
}

/**
 * Questions from the quiz bank of a session's modules (all the course's modules when the session
 * names none), in the cohort's language. Single-choice and multiple-answer questions: they read
 * well on a phone (true/false, ordering and numeric questions are not offered live yet).
 * The answer key stays on the server until the host reveals it.
 */
@Injectable()
export class LiveQuizService {
  constructor(private readonly content: CourseContentService) {}

  async questions(
    session: Pick<HostedCohortSession, 'releaseId' | 'courseSlug' | 'locale' | 'modules'>,
  ): Promise<LiveQuizQuestion[]> {
    const course = await this.content.course(session.releaseId, session.courseSlug, session.locale);
    const modules = session.modules.length
      ? course.modules.filter((m) => session.modules.includes(m.slug))
      : course.modules;
    return modules.flatMap((m) =>
      (m.quiz?.questions ?? []).flatMap((q) => {
        if (q.type !== 'single' && q.type !== 'multiple') return [];
        const texts = m.quiz?.texts[q.id];
        if (!texts) return [];
        return [
          {
            module: m.slug,
            id: q.id,
            prompt: texts.prompt,
            options: q.options.map((id) => ({ id, label: texts.options?.[id] ?? id })),
            answer: q.type === 'single' ? [q.answer] : [...q.answer],
            multiple: q.type === 'multiple',
          },
        ];
      }),
    );
  }

  async question(
    session: Pick<HostedCohortSession, 'releaseId' | 'courseSlug' | 'locale' | 'modules'>,
    module: string,
    id: string,
  ): Promise<LiveQuizQuestion> {
    const found = (await this.questions(session)).find((q) => q.module === module && q.id === id);
    if (!found)
      throw badInput(
        'No single- or multiple-answer question with that id in the session’s modules.',
        [{ field: 'quizQuestion', message: 'not in the quiz bank of the session’s modules' }],
      );
    return found;
  }
}
