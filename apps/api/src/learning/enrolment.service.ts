import { countingAttempt, courseCompletion, nextLesson } from '@academy/learning';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { badInput, notFound } from '../common/errors.js';
import { ModuleGates } from '../curriculum/index.js';
import { ReleaseService } from '../curriculum/index.js';
import { CourseStructureService, type CourseStructure } from './course-structure.service.js';
import type { CourseProgressObject, NextStepObject } from './dto/learning.objects.js';
import { EnrolmentEntity } from './enrolment.entity.js';
import { CompletionRules } from './completion-rules.js';
import { JobsService, QUEUES } from '../jobs/index.js';
import {
  LearningEvents,
  type CertificateIssueJob,
  type CourseCompleted,
  type EnrolmentRef,
} from './learning-events.js';
import { findOneByKey } from '../database/key-lookup.js';

interface TouchedRow {
  lastLesson: string;
  lastActivityAt: Date;
  opened: boolean;
  openedAt: Date;
  done: boolean;
  doneAt: Date | null;
}

/** The enrolment as learning records name it. */
export const enrolmentRef = (e: EnrolmentEntity): EnrolmentRef => ({
  id: e.id,
  userId: e.userId,
  courseSlug: e.courseSlug,
  releaseId: e.releaseId,
  locale: e.locale,
});

interface AttemptRow {
  kind: 'module' | 'assessment';
  quiz_slug: string;
  fraction: number;
  passed: boolean;
  submitted_at: Date;
}

@Injectable()
export class EnrolmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly releases: ReleaseService,
    private readonly structures: CourseStructureService,
    private readonly events: LearningEvents,
    private readonly jobs: JobsService,
    private readonly rules: CompletionRules,
    private readonly gates: ModuleGates,
  ) {}

  /** Enrols in the course of the current release; enrolling twice returns the first enrolment. */
  async enrol(
    userId: string,
    courseSlug: string,
    locale: string,
    releaseId?: string,
  ): Promise<EnrolmentEntity> {
    const release = await this.releases.resolve(releaseId);
    await this.structures.get(release.id, courseSlug); // NOT_FOUND for an unknown course
    await this.dataSource.query(
      `INSERT INTO enrolments (user_id, course_slug, release_id, locale) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, course_slug) DO NOTHING`,
      [userId, courseSlug, release.id, locale],
    );
    return this.dataSource.getRepository(EnrolmentEntity).findOneByOrFail({ userId, courseSlug });
  }

  /** The completion of an enrolment, or null when it is not completed (or no longer exists). */
  async completion(enrolmentId: string): Promise<CourseCompleted | null> {
    const e = await findOneByKey(this.dataSource, EnrolmentEntity, { id: enrolmentId });
    if (!e?.completedAt) return null;
    return {
      userId: e.userId,
      enrolmentId: e.id,
      courseSlug: e.courseSlug,
      releaseId: e.releaseId,
      cohortId: e.cohortId,
      locale: e.locale,
      completedAt: e.completedAt,
    };
  }

  /** Another learner's enrolment is indistinguishable from a missing one. */
  async owned(userId: string, enrolmentId: string): Promise<EnrolmentEntity> {
    const enrolment = await findOneByKey(this.dataSource, EnrolmentEntity, {
      id: enrolmentId,
      userId,
    });
    if (!enrolment) throw notFound('The enrolment');
    return enrolment;
  }

  async byCourse(userId: string, courseSlug: string): Promise<EnrolmentEntity | null> {
    return findOneByKey(this.dataSource, EnrolmentEntity, { userId, courseSlug });
  }

  list(userId: string): Promise<EnrolmentEntity[]> {
    return this.dataSource
      .getRepository(EnrolmentEntity)
      .find({ where: { userId }, order: { lastActivityAt: 'DESC' } });
  }

  async setLocale(userId: string, enrolmentId: string, locale: string): Promise<EnrolmentEntity> {
    const enrolment = await this.owned(userId, enrolmentId);
    enrolment.locale = locale;
    return this.dataSource.getRepository(EnrolmentEntity).save(enrolment);
  }

  /** Records that a lesson was opened (for resuming), and optionally that it is done. */
  async touchLesson(
    userId: string,
    enrolmentId: string,
    module: string,
    lesson: string,
    done: boolean,
  ): Promise<EnrolmentEntity> {
    // The cohort's unlock date is asked at the same time as the enrolment; nothing is written
    // before both have answered.
    const gate = this.gates.assertOpen(userId, module);
    gate.catch(() => undefined); // awaited below
    const enrolment = await this.owned(userId, enrolmentId);
    const structure = await this.structures.get(enrolment.releaseId, enrolment.courseSlug);
    if (!structure.lessonKeys.includes(`${module}/${lesson}`)) {
      throw badInput(`The lesson ${module}/${lesson} is not part of this course.`, [
        { field: 'lesson', message: 'not in this course' },
      ]);
    }
    await gate;
    // The common case, a lesson opened (or marked done) again, records nothing new: one statement
    // without a transaction moves the resume point when the progress row already says as much.
    const [again] = await this.dataSource.query<{ lastLesson: string; lastActivityAt: Date }[]>(
      `WITH e AS (SELECT id, user_id, course_slug FROM enrolments WHERE id = $1 AND user_id = $2 FOR UPDATE),
       u AS (UPDATE enrolments SET last_lesson = $3 || '/' || $4, last_activity_at = now()
               FROM e WHERE enrolments.id = e.id
                AND EXISTS (SELECT 1 FROM lesson_progress lp
                             WHERE lp.user_id = e.user_id AND lp.course_slug = e.course_slug
                               AND lp.module_slug = $3 AND lp.lesson_slug = $4
                               AND (lp.completed_at IS NOT NULL OR NOT $5))
             RETURNING enrolments.last_lesson, enrolments.last_activity_at)
       SELECT last_lesson AS "lastLesson", last_activity_at AS "lastActivityAt" FROM u`,
      [enrolment.id, userId, module, lesson, done],
    );
    const row = again ?? (await this.touchFirstTime(enrolment, module, lesson, done));
    if (!row) throw notFound('The enrolment'); // deleted meanwhile
    Object.assign(enrolment, row);
    // Completion recorded just now changes the row: read it again only then.
    if (done && !enrolment.completedAt && (await this.checkCompletion(enrolment.id, enrolment))) {
      return this.owned(userId, enrolmentId);
    }
    return enrolment;
  }

  /**
   * A lesson opened or done for the first time: one statement in a transaction locks the
   * enrolment row first (the same order as quiz starts), upserts the progress row, moves the
   * resume point and tells whether the lesson was opened or done for the first time. Those are
   * learning records, whose listeners write their jobs in this transaction.
   */
  private touchFirstTime(
    enrolment: EnrolmentEntity,
    module: string,
    lesson: string,
    done: boolean,
  ) {
    return this.dataSource.transaction(async (em) => {
      const [touched] = await em.query<TouchedRow[]>(
        `WITH e AS (SELECT id, user_id, course_slug FROM enrolments WHERE id = $1 AND user_id = $2 FOR UPDATE),
         before AS (SELECT lp.completed_at FROM lesson_progress lp, e
                     WHERE lp.user_id = e.user_id AND lp.course_slug = e.course_slug
                       AND lp.module_slug = $3 AND lp.lesson_slug = $4),
         p AS (INSERT INTO lesson_progress (user_id, course_slug, module_slug, lesson_slug, completed_at)
               SELECT e.user_id, e.course_slug, $3, $4, CASE WHEN $5 THEN now() END FROM e
               ON CONFLICT (user_id, course_slug, module_slug, lesson_slug)
               DO UPDATE SET completed_at = coalesce(lesson_progress.completed_at, EXCLUDED.completed_at)
               RETURNING (xmax = 0) AS inserted, first_viewed_at, completed_at),
         u AS (UPDATE enrolments SET last_lesson = $3 || '/' || $4, last_activity_at = now()
                 FROM e WHERE enrolments.id = e.id
               RETURNING enrolments.last_lesson, enrolments.last_activity_at)
         SELECT u.last_lesson AS "lastLesson", u.last_activity_at AS "lastActivityAt",
                p.inserted AS "opened", p.first_viewed_at AS "openedAt",
                (p.completed_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM before WHERE completed_at IS NOT NULL)) AS "done",
                p.completed_at AS "doneAt"
           FROM u, p`,
        [enrolment.id, enrolment.userId, module, lesson, done],
      );
      if (!touched) return undefined;
      const ref = enrolmentRef(enrolment);
      if (touched.opened)
        await this.events.recorded(em, {
          type: 'lesson-opened',
          at: touched.openedAt,
          enrolment: ref,
          module,
          lesson,
        });
      if (touched.done && touched.doneAt)
        await this.events.recorded(em, {
          type: 'lesson-done',
          at: touched.doneAt,
          enrolment: ref,
          module,
          lesson,
        });
      return { lastLesson: touched.lastLesson, lastActivityAt: touched.lastActivityAt };
    });
  }

  async progress(enrolment: EnrolmentEntity): Promise<CourseProgressObject> {
    const structure = await this.structures.get(enrolment.releaseId, enrolment.courseSlug);
    // One statement: lessons done and graded attempts.
    const [row] = await this.dataSource.query<{ done: string[]; attempts: AttemptRow[] }[]>(
      `SELECT
         (SELECT coalesce(array_agg(module_slug || '/' || lesson_slug), '{}') FROM lesson_progress
           WHERE user_id = $1 AND course_slug = $2 AND completed_at IS NOT NULL) AS done,
         (SELECT coalesce(json_agg(json_build_object('kind', kind, 'quiz_slug', quiz_slug, 'fraction', fraction,
                                                     'passed', passed, 'submitted_at', submitted_at)), '[]')
            FROM quiz_attempts WHERE enrolment_id = $3 AND submitted_at IS NOT NULL) AS attempts`,
      [enrolment.userId, enrolment.courseSlug, enrolment.id],
    );
    const done = row?.done ?? [];
    const attempts = row?.attempts ?? [];
    const extra = enrolment.cohortId ? await this.rules.extras(enrolment) : [];
    return computeProgress(structure, new Set(done), attempts, enrolment.lastLesson, extra);
  }

  /**
   * Marks the enrolment complete once the course's rules are met, and announces it once. True
   * when this call recorded the completion. `read`: the enrolment as this request already read it
   * (its completion may be stale: the update below only completes an incomplete one).
   */
  async checkCompletion(enrolmentId: string, read?: EnrolmentEntity): Promise<boolean> {
    const enrolment =
      read ??
      (await this.dataSource.getRepository(EnrolmentEntity).findOneByOrFail({ id: enrolmentId }));
    if (enrolment.completedAt) return false;
    const progress = await this.progress(enrolment);
    if (progress.missing.length > 0) return false;
    // The completion and the job that issues its certificate commit together (transactional
    // outbox): a crash after the commit still leaves the job for any replica to run.
    const completedNow = await this.dataSource.transaction(async (em) => {
      const completedAt = new Date();
      const result = await em
        .getRepository(EnrolmentEntity)
        .update({ id: enrolmentId, completedAt: IsNull() }, { completedAt });
      if (!result.affected) return false; // another request completed it first
      await this.jobs.send(em, QUEUES.certificateIssue, {
        enrolmentId,
      } satisfies CertificateIssueJob);
      await this.events.recorded(em, {
        type: 'course-completed',
        at: completedAt,
        enrolment: enrolmentRef(enrolment),
      });
      return true;
    });
    if (!completedNow) return false;
    const completed = await this.dataSource
      .getRepository(EnrolmentEntity)
      .findOneByOrFail({ id: enrolmentId });
    await this.events.courseCompleted({
      userId: completed.userId,
      enrolmentId: completed.id,
      courseSlug: completed.courseSlug,
      releaseId: completed.releaseId,
      cohortId: completed.cohortId,
      locale: completed.locale,
      completedAt: completed.completedAt!,
    });
    return true;
  }
}

export function computeProgress(
  structure: CourseStructure,
  done: ReadonlySet<string>,
  attempts: AttemptRow[],
  lastLesson: string | null,
  extra: { rule: string; met: boolean }[] = [],
): CourseProgressObject {
  const counting = (kind: AttemptRow['kind'], slug: string, policy: 'best' | 'last' = 'best') =>
    countingAttempt(
      attempts
        .filter((a) => a.kind === kind && a.quiz_slug === slug)
        .map((a) => ({ ...a, submittedAt: new Date(a.submitted_at) })),
      policy,
    );
  const modules = structure.modules.map((m) => {
    const doneLessons = m.lessons.filter((l) => done.has(`${m.slug}/${l}`));
    const best = m.quiz ? counting('module', m.slug, m.quiz.policy) : null;
    return {
      slug: m.slug,
      lessonsDone: doneLessons.length,
      lessonsTotal: m.lessons.length,
      doneLessons,
      hasQuiz: m.quiz !== null,
      quizPassed: attempts.some((a) => a.kind === 'module' && a.quiz_slug === m.slug && a.passed),
      quizScore: best?.fraction ?? null,
      attemptsUsed: attempts.filter((a) => a.kind === 'module' && a.quiz_slug === m.slug).length,
      attemptsAllowed: m.quiz?.maxAttempts ?? null,
    };
  });
  const final = structure.finalAssessment;
  const finalBest = final ? counting('assessment', final.id) : null;
  const finalPassed = final
    ? attempts.some((a) => a.kind === 'assessment' && a.quiz_slug === final.id && a.passed)
    : false;
  const status = courseCompletion(structure.completion, {
    lessons: structure.lessonKeys,
    lessonsDone: done,
    quizModules: modules.filter((m) => m.hasQuiz).map((m) => m.slug),
    quizzesPassed: new Set(modules.filter((m) => m.quizPassed).map((m) => m.slug)),
    hasFinalAssessment: final !== null,
    finalAssessmentPassed: finalPassed,
    extra,
  });
  const lessonsDone = structure.lessonKeys.filter((k) => done.has(k)).length;
  const steps =
    structure.lessonKeys.length + modules.filter((m) => m.hasQuiz).length + (final ? 1 : 0);
  const stepsDone =
    lessonsDone + modules.filter((m) => m.quizPassed).length + (finalPassed ? 1 : 0);
  return {
    lessonsDone,
    lessonsTotal: structure.lessonKeys.length,
    fraction: steps === 0 ? 1 : Math.round((stepsDone / steps) * 1000) / 1000,
    modules,
    finalAssessmentPassed: finalPassed,
    finalAssessmentScore: finalBest?.fraction ?? null,
    finalAssessmentAttemptsUsed: final
      ? attempts.filter((a) => a.kind === 'assessment' && a.quiz_slug === final.id).length
      : 0,
    nextStep: nextStep(structure, done, modules, finalPassed, lastLesson),
    missing: status.missing,
  };
}

function nextStep(
  structure: CourseStructure,
  done: ReadonlySet<string>,
  modules: {
    slug: string;
    hasQuiz: boolean;
    quizPassed: boolean;
    lessonsDone: number;
    lessonsTotal: number;
  }[],
  finalPassed: boolean,
  lastLesson: string | null,
): NextStepObject {
  // A module's quiz comes right after its lessons, before the next module.
  const lastModule = lastLesson?.split('/')[0];
  const current = modules.find((m) => m.slug === lastModule);
  if (
    current &&
    current.lessonsDone === current.lessonsTotal &&
    current.hasQuiz &&
    !current.quizPassed
  ) {
    return { kind: 'quiz', module: current.slug, lesson: null };
  }
  const lesson = nextLesson(structure.lessonKeys, done, lastLesson);
  if (lesson) {
    const [module = null, slug = null] = lesson.split('/');
    return { kind: 'lesson', module, lesson: slug };
  }
  const quiz = modules.find((m) => m.hasQuiz && !m.quizPassed);
  if (quiz) return { kind: 'quiz', module: quiz.slug, lesson: null };
  if (structure.finalAssessment && !finalPassed)
    return { kind: 'final-assessment', module: null, lesson: null };
  return { kind: 'done', module: null, lesson: null };
}
