import type { Question } from '@academy/curriculum';
import { drawVariant } from '@academy/lcc';
import {
  drawAttempt,
  gradeQuestion,
  scoreAttempt,
  type DrawSource,
  type Response,
} from '@academy/learning';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomInt } from 'node:crypto';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { badInput, conflict, notFound } from '../common/errors.js';
import { ModuleGates } from '../curriculum/index.js';
import { answerOptionProblems } from './answer-options.js';
import { CourseStructureService, type CourseStructure } from './course-structure.service.js';
import type { AnswerInput } from './dto/learning.inputs.js';
import type { AttemptSummaryObject } from './dto/learning.objects.js';
import { EnrolmentEntity } from './enrolment.entity.js';
import { EnrolmentService, enrolmentRef } from './enrolment.service.js';
import { LearningEvents } from './learning-events.js';
import { QuizAttemptEntity } from './quiz-attempt.entity.js';
import { findByKey, findOneByKey } from '../database/key-lookup.js';

/** Answers arriving this long after the deadline still count (network latency, a slow click). */
export const DEADLINE_GRACE_MS = 30_000;

export interface QuizRules {
  kind: 'module' | 'assessment';
  slug: string;
  passMark: number;
  maxAttempts: number | null;
  timeLimitMinutes: number | null;
  feedback: 'after-submit' | 'after-pass' | 'never';
  sources: DrawSource[];
  shuffleOptions: boolean;
}

const toResponse = (a: AnswerInput): Response => ({
  choice: a.choice ?? null,
  choices: a.choices ?? null,
  truth: a.truth ?? null,
  number: a.number ?? null,
  order: a.order ?? null,
});

@Injectable()
export class QuizAttemptService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly structures: CourseStructureService,
    private readonly enrolments: EnrolmentService,
    private readonly gates: ModuleGates,
    private readonly events: LearningEvents,
  ) {}

  /** The learner's latest graded attempts across courses (index quiz_attempts_user_submitted). */
  recent(userId: string, limit: number): Promise<AttemptSummaryObject[]> {
    return this.dataSource.query(
      `SELECT a.id, e.course_slug AS "courseSlug", a.kind, a.quiz_slug AS "quizSlug", a.number, a.submitted_at AS "submittedAt", a.fraction, a.passed
         FROM quiz_attempts a JOIN enrolments e ON e.id = a.enrolment_id
        WHERE a.user_id = $1 AND a.submitted_at IS NOT NULL ORDER BY a.submitted_at DESC LIMIT $2`,
      [userId, limit],
    );
  }

  /** The quiz a learner may take in this course: a module's quiz or the final assessment. */
  async rules(structure: CourseStructure, module: string | undefined): Promise<QuizRules> {
    if (module) {
      const m = structure.modules.find((x) => x.slug === module);
      if (!m?.quiz) throw notFound(`A quiz for the module "${module}"`);
      const bank = (await this.structures.banks(structure.releaseId, [module])).get(module);
      return {
        kind: 'module',
        slug: module,
        passMark: m.quiz.passMark,
        maxAttempts: m.quiz.maxAttempts ?? null,
        timeLimitMinutes: m.quiz.timeLimitMinutes ?? null,
        feedback: m.quiz.feedback ?? 'after-submit',
        shuffleOptions: m.quiz.shuffleOptions ?? false,
        sources: [
          { bank: module, questions: bank?.questions ?? [], count: m.quiz.questionsPerAttempt },
        ],
      };
    }
    const a = structure.finalAssessment;
    if (!a) throw notFound('A final assessment for this course');
    const banks = await this.structures.banks(
      structure.releaseId,
      a.draw.map((d) => d.module),
    );
    return {
      kind: 'assessment',
      slug: a.id,
      passMark: a.passMark,
      maxAttempts: a.maxAttempts ?? null,
      timeLimitMinutes: a.timeLimitMinutes ?? null,
      feedback: 'after-submit',
      shuffleOptions: a.shuffleOptions ?? true,
      sources: a.draw.map((d) => ({
        bank: d.module,
        questions: banks.get(d.module)?.questions ?? [],
        count: d.count,
      })),
    };
  }

  /** Starts an attempt, or returns the one in progress. Attempt limits hold under concurrency. */
  async start(
    userId: string,
    enrolmentId: string,
    module: string | undefined,
  ): Promise<{ attempt: QuizAttemptEntity; enrolment: EnrolmentEntity }> {
    const enrolment = await this.enrolments.owned(userId, enrolmentId);
    return { attempt: await this.startIn(userId, enrolment, module), enrolment };
  }

  private async startIn(
    userId: string,
    enrolment: EnrolmentEntity,
    module: string | undefined,
  ): Promise<QuizAttemptEntity> {
    const structure = await this.structures.get(enrolment.releaseId, enrolment.courseSlug);
    const rules = await this.rules(structure, module);
    // A module quiz, or a final assessment drawing from the module: both wait for its unlock date.
    for (const source of rules.sources) await this.gates.assertOpen(userId, source.bank);
    // One read finds attempts in progress: overdue ones are graded now; the open attempt at this
    // quiz is resumed without taking the lock (only starting a new one needs it).
    const inProgress = await findByKey(this.dataSource, QuizAttemptEntity, {
      enrolmentId: enrolment.id,
      submittedAt: IsNull(),
    });
    for (const a of inProgress.filter((x) => this.isOverdue(x)))
      await this.submit(a.userId, a.id, [], `expired-${a.id}`);
    const resumable = inProgress.find(
      (a) => !this.isOverdue(a) && a.kind === rules.kind && a.quizSlug === rules.slug,
    );
    if (resumable) return resumable;
    return this.dataSource.transaction(async (em) => {
      // Serialises starts per enrolment, so two tabs cannot both open a new attempt.
      await em.query(`SELECT id FROM enrolments WHERE id = $1 FOR UPDATE`, [enrolment.id]);
      const repo = em.getRepository(QuizAttemptEntity);
      const previous = await repo.find({
        where: { enrolmentId: enrolment.id, kind: rules.kind, quizSlug: rules.slug },
        order: { number: 'ASC' },
      });
      const open = previous.find((a) => a.submittedAt === null);
      if (open) return open;
      if (rules.maxAttempts !== null && previous.length >= rules.maxAttempts) {
        throw conflict(`You have used all ${rules.maxAttempts} attempts at this quiz.`);
      }
      const exercises = await this.structures.exercises(enrolment.releaseId);
      const questions = drawAttempt(rules.sources, {
        shuffleOptions: rules.shuffleOptions,
        random: () => randomInt(0, 2 ** 32) / 2 ** 32,
        // Numeric LCC questions get their own inputs per attempt; the engine computes the key.
        variant: (q, random) => {
          if (q.type !== 'numeric' || !q.lcc?.vary) return undefined;
          const scenario = exercises.get(q.lcc.exercise);
          return scenario ? drawVariant(scenario, q.lcc.output, q.lcc.vary, random) : undefined;
        },
      });
      const startedAt = new Date();
      const attempt = repo.create({
        userId,
        enrolmentId: enrolment.id,
        releaseId: enrolment.releaseId,
        kind: rules.kind,
        quizSlug: rules.slug,
        number: previous.length + 1,
        questions,
        drafts: {},
        startedAt,
        deadlineAt: rules.timeLimitMinutes
          ? new Date(startedAt.getTime() + rules.timeLimitMinutes * 60_000)
          : null,
      });
      const saved = await repo.save(attempt);
      await this.events.recorded(em, {
        type: 'quiz-started',
        at: startedAt,
        enrolment: enrolmentRef(enrolment),
        attemptId: saved.id,
        kind: saved.kind,
        quizSlug: saved.quizSlug,
      });
      return saved;
    });
  }

  async owned(userId: string, attemptId: string): Promise<QuizAttemptEntity> {
    const attempt = await findOneByKey(this.dataSource, QuizAttemptEntity, {
      id: attemptId,
      userId,
    });
    if (!attempt) throw notFound('The quiz attempt');
    if (!attempt.submittedAt && this.isOverdue(attempt))
      return this.submit(userId, attemptId, [], `expired-${attempt.id}`);
    return attempt;
  }

  /** Autosaves answers. Refused once submitted or after the time limit. */
  async saveDrafts(
    userId: string,
    attemptId: string,
    answers: AnswerInput[],
  ): Promise<QuizAttemptEntity> {
    return this.dataSource.transaction(async (em) => {
      const attempt = await this.lock(em, userId, attemptId);
      if (attempt.submittedAt) throw conflict('This attempt has already been submitted.');
      if (this.isOverdue(attempt))
        throw conflict(
          'The time for this attempt is up; it will be graded with the answers saved so far.',
        );
      attempt.drafts = { ...attempt.drafts, ...this.validAnswers(attempt, answers) };
      return em.getRepository(QuizAttemptEntity).save(attempt);
    });
  }

  /**
   * Grades the attempt exactly once. A repeated submission (same key, a second tab, a retry)
   * waits for the row lock and gets the stored result back.
   */
  async submit(
    userId: string,
    attemptId: string,
    answers: AnswerInput[],
    idempotencyKey: string,
  ): Promise<QuizAttemptEntity> {
    // A graded attempt never changes again: a repeated submission (a retry, a second tab) reads it
    // without queueing for the row lock.
    const found = await findOneByKey(this.dataSource, QuizAttemptEntity, { id: attemptId, userId });
    if (found?.submittedAt) return found;
    const graded = await this.dataSource.transaction(async (em) => {
      const attempt = await this.lock(em, userId, attemptId);
      if (attempt.submittedAt) return { attempt, fresh: false };
      const enrolment = await em
        .getRepository(EnrolmentEntity)
        .findOneByOrFail({ id: attempt.enrolmentId });
      const structure = await this.structures.get(enrolment.releaseId, enrolment.courseSlug);
      const rules = await this.rules(
        structure,
        attempt.kind === 'module' ? attempt.quizSlug : undefined,
      );
      // After the deadline only what was saved in time counts.
      const late =
        attempt.deadlineAt !== null &&
        Date.now() > attempt.deadlineAt.getTime() + DEADLINE_GRACE_MS;
      const responses = late
        ? attempt.drafts
        : { ...attempt.drafts, ...this.validAnswers(attempt, answers) };
      const bank = new Map<string, Question>(
        rules.sources.flatMap((s) => s.questions.map((q) => [`${s.bank}/${q.id}`, q] as const)),
      );
      const results = Object.fromEntries(
        attempt.questions.map((d) => {
          const question = bank.get(d.key);
          return [
            d.key,
            question
              ? gradeQuestion(question, responses[d.key], d.variant?.answer)
              : { score: 0, max: 1, correct: false, answered: false },
          ];
        }),
      );
      const score = scoreAttempt(Object.values(results), rules.passMark);
      Object.assign(attempt, {
        drafts: responses,
        results,
        submittedAt: new Date(),
        idempotencyKey,
        score: score.score,
        maxScore: score.maxScore,
        fraction: score.fraction,
        passed: score.passed,
      });
      const saved = await em.getRepository(QuizAttemptEntity).save(attempt);
      await this.events.quizSubmitted(em, {
        userId: saved.userId,
        attemptId: saved.id,
        kind: saved.kind,
        quizSlug: saved.quizSlug,
        score: score.score,
        maxScore: score.maxScore,
        passed: score.passed,
        submittedAt: saved.submittedAt!,
      });
      await this.events.recorded(em, {
        type: 'quiz-submitted',
        at: saved.submittedAt!,
        enrolment: enrolmentRef(enrolment),
        attemptId: saved.id,
        kind: saved.kind,
        quizSlug: saved.quizSlug,
        score: score.score,
        maxScore: score.maxScore,
        passed: score.passed,
      });
      // Each answered question too (xAPI `answered`), in the order the learner saw them.
      for (const d of saved.questions) {
        const result = results[d.key];
        if (!result?.answered) continue;
        await this.events.recorded(em, {
          type: 'question-answered',
          at: saved.submittedAt!,
          enrolment: enrolmentRef(enrolment),
          attemptId: saved.id,
          kind: saved.kind,
          quizSlug: saved.quizSlug,
          question: d.key,
          correct: result.correct,
          score: result.score,
          maxScore: result.max,
        });
      }
      return { attempt: saved, fresh: true };
    });
    if (graded.fresh && graded.attempt.passed)
      await this.enrolments.checkCompletion(graded.attempt.enrolmentId);
    return graded.attempt;
  }

  private isOverdue(attempt: QuizAttemptEntity): boolean {
    return (
      attempt.deadlineAt !== null && Date.now() > attempt.deadlineAt.getTime() + DEADLINE_GRACE_MS
    );
  }

  private async lock(
    em: EntityManager,
    userId: string,
    attemptId: string,
  ): Promise<QuizAttemptEntity> {
    const attempt = await em
      .getRepository(QuizAttemptEntity)
      .findOne({ where: { id: attemptId, userId }, lock: { mode: 'pessimistic_write' } });
    if (!attempt) throw notFound('The quiz attempt');
    return attempt;
  }

  private validAnswers(
    attempt: QuizAttemptEntity,
    answers: AnswerInput[],
  ): Record<string, Response> {
    const keys = new Set(attempt.questions.map((q) => q.key));
    const unknown = answers.filter((a) => !keys.has(a.key));
    if (unknown.length) {
      throw badInput(
        `These questions are not part of this attempt: ${unknown.map((a) => a.key).join(', ')}`,
        unknown.map((a) => ({ field: `answers.${a.key}`, message: 'not in this attempt' })),
      );
    }
    const drawn = new Map(attempt.questions.map((q) => [q.key, q]));
    const problems = answers.flatMap((a) => answerOptionProblems(drawn.get(a.key)!, a));
    if (problems.length)
      throw badInput(
        `These answers are not among the question's options: ${problems.map((p) => p.field).join(', ')}`,
        problems,
      );
    return Object.fromEntries(answers.map((a) => [a.key, toResponse(a)]));
  }
}
