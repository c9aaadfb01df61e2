import type { Question } from '@academy/curriculum';
import type { Response } from '@academy/learning';
import { Injectable } from '@nestjs/common';
import { pickText } from '../curriculum/index.js';
import { ReleaseService } from '../curriculum/index.js';
import { CourseStructureService } from './course-structure.service.js';
import type {
  AnswerObject,
  AttemptQuestionObject,
  QuizAttemptObject,
} from './dto/learning.objects.js';
import type { EnrolmentEntity } from './enrolment.entity.js';
import type { QuizAttemptEntity } from './quiz-attempt.entity.js';
import { citeDrawnLetters } from './option-letters.js';
import { QuizAttemptService } from './quiz-attempt.service.js';

type QuizTexts = {
  questions: Record<
    string,
    { prompt: string; options?: Record<string, string>; explanation?: string }
  >;
};

const toAnswer = (r: Response | undefined): AnswerObject | null =>
  r
    ? {
        choice: r.choice ?? null,
        choices: r.choices ?? null,
        truth: r.truth ?? null,
        number: r.number ?? null,
        order: r.order ?? null,
      }
    : null;

/** Shows the inputs drawn for an attempt in the question text, formatted for the learner. */
function withValues(
  prompt: string,
  q: Question | undefined,
  values: Record<string, number> | undefined,
  locale: string,
): string {
  if (!values || q?.type !== 'numeric') return prompt;
  let out = prompt;
  for (const v of q.lcc?.vary ?? []) {
    const value = values[v.name];
    if (value === undefined) continue;
    const formatted =
      v.format === 'percent'
        ? new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(
            value,
          )
        : new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(value);
    out = out.split(`{${v.name}}`).join(formatted);
  }
  return out;
}

function correctAnswer(q: Question, variantAnswer?: number): AnswerObject {
  if (q.type === 'numeric' && variantAnswer !== undefined)
    q = { ...q, answer: Math.round(variantAnswer * 100) / 100 };
  const none = { choice: null, choices: null, truth: null, number: null, order: null };
  switch (q.type) {
    case 'single':
      return { ...none, choice: q.answer };
    case 'multiple':
      return { ...none, choices: q.answer };
    case 'true-false':
      return { ...none, truth: q.answer };
    case 'numeric':
      return { ...none, number: q.answer };
    case 'ordering':
      return { ...none, order: q.answer };
  }
}

/**
 * Builds what a learner sees of an attempt. Before submission: prompts, options in drawn order and
 * their own saved answers, never an answer key. After: scores, and the right answers and
 * explanations as far as the quiz's feedback setting allows.
 */
@Injectable()
export class AttemptViewService {
  constructor(
    private readonly releases: ReleaseService,
    private readonly structures: CourseStructureService,
    private readonly attempts: QuizAttemptService,
  ) {}

  async view(attempt: QuizAttemptEntity, enrolment: EnrolmentEntity): Promise<QuizAttemptObject> {
    const release = await this.releases.resolve(attempt.releaseId);
    const structure = await this.structures.get(enrolment.releaseId, enrolment.courseSlug);
    const rules = await this.attempts.rules(
      structure,
      attempt.kind === 'module' ? attempt.quizSlug : undefined,
    );
    const banks = await this.structures.banks(attempt.releaseId, [
      ...new Set(attempt.questions.map((q) => q.bank)),
    ]);
    const submitted = attempt.submittedAt !== null;
    const showFeedback =
      submitted &&
      (rules.feedback === 'after-submit' ||
        (rules.feedback === 'after-pass' && attempt.passed === true));
    const questions: AttemptQuestionObject[] = attempt.questions.map((d) => {
      const bank = banks.get(d.bank);
      const question = bank?.questions.find((q) => q.id === d.id);
      const { text, info } = bank
        ? pickText<QuizTexts>(bank.texts, enrolment.locale, release)
        : {
            text: { questions: {} },
            info: {
              requestedLocale: enrolment.locale,
              shownLocale: enrolment.locale,
              fellBack: false,
              outdated: false,
              unreviewed: false,
            },
          };
      const t = text.questions[d.id];
      const result = attempt.results?.[d.key];
      return {
        key: d.key,
        type: question?.type ?? 'single',
        prompt: withValues(t?.prompt ?? d.id, question, d.variant?.values, enrolment.locale),
        values: Object.entries(d.variant?.values ?? {}).map(([name, value]) => ({ name, value })),
        options: (d.optionOrder ?? []).map((id) => ({ id, text: t?.options?.[id] ?? id })),
        unit: question?.type === 'numeric' ? (question.unit ?? null) : null,
        answer: toAnswer(attempt.drafts[d.key]),
        feedback:
          submitted && result
            ? {
                score: result.score,
                max: result.max,
                correct: result.correct,
                correctAnswer:
                  showFeedback && question ? correctAnswer(question, d.variant?.answer) : null,
                explanation:
                  showFeedback && t?.explanation
                    ? citeDrawnLetters(t.explanation, d.optionOrder ?? [])
                    : null,
              }
            : null,
        text: info,
      };
    });
    return {
      id: attempt.id,
      enrolmentId: attempt.enrolmentId,
      kind: attempt.kind,
      quizSlug: attempt.quizSlug,
      number: attempt.number,
      startedAt: attempt.startedAt,
      deadlineAt: attempt.deadlineAt,
      submittedAt: attempt.submittedAt,
      passMark: rules.passMark,
      score: attempt.score,
      maxScore: attempt.maxScore,
      fraction: attempt.fraction,
      passed: attempt.passed,
      attemptsAllowed: rules.maxAttempts,
      questions,
    };
  }
}
