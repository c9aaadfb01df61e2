import { Injectable } from '@nestjs/common';
import type { HostedCohortSession } from '../cohorts/index.js';
import { badInput } from '../common/errors.js';
import { CurriculumContentService, pickText, ReleaseService } from '../curriculum/index.js';
import { lccModelAnswer, type LiveLccExercise } from './live-lcc.js';

type ExerciseText = { title: string; question?: string; offers?: Record<string, string> };

/**
 * The curriculum's LCC exercises of the cohort's release, in the cohort's language, as a live
 * activity takes them: the terms tables compute their offers on and the model answer, computed
 * with @academy/lcc like the calculator.
 */
@Injectable()
export class LiveLccService {
  constructor(
    private readonly releases: ReleaseService,
    private readonly content: CurriculumContentService,
  ) {}

  async list(session: Pick<HostedCohortSession, 'releaseId' | 'locale'>) {
    const release = await this.releases.resolve(session.releaseId);
    return (await this.content.exercises(release.id)).map((e) => ({
      id: e.id,
      title: pickText<ExerciseText>(e.texts, session.locale, release).text.title,
    }));
  }

  async exercise(
    session: Pick<HostedCohortSession, 'releaseId' | 'locale'>,
    id: string,
  ): Promise<LiveLccExercise> {
    const release = await this.releases.resolve(session.releaseId);
    const row = (await this.content.exercises(release.id)).find((e) => e.id === id);
    if (!row)
      throw badInput('No LCC exercise with that id in the cohort’s curriculum release.', [
        { field: 'lccExercise', message: 'not an exercise of the cohort’s release' },
      ]);
    const { text } = pickText<ExerciseText>(row.texts, session.locale, release);
    const { terms, modelAnswer } = lccModelAnswer(row.scenario, text.offers ?? {});
    return {
      exerciseId: row.id,
      title: text.title,
      question: text.question ?? null,
      ...terms,
      modelAnswer,
    };
  }
}
