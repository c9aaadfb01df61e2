import { v5 as uuidv5 } from 'uuid';
import type { EnrolmentRef, LearningRecord } from '../learning/index.js';

/** xAPI 1.0.3: the version header every request to an LRS carries. */
export const XAPI_VERSION = '1.0.3';

/** The namespace of statement ids (UUID v5 of a record's key, so a retry sends the same id). */
const STATEMENT_NAMESPACE = '8f3c2f8e-5d6b-4a55-9a7e-3c1f6f2b9d41';

/** A record with its moment as an ISO string, as a job's JSON carries it. */
type AtString<T> = T extends { at: Date } ? Omit<T, 'at'> & { at: string } : never;

/** A learning record as a job carries it, or a certificate earned. */
export type XapiRecord =
  | AtString<LearningRecord>
  | {
      type: 'certificate-earned';
      at: string;
      enrolment: EnrolmentRef;
      certificateId: string;
      verifyUrl: string;
    };

const VERBS = {
  launched: 'http://adlnet.gov/expapi/verbs/launched',
  experienced: 'http://adlnet.gov/expapi/verbs/experienced',
  attempted: 'http://adlnet.gov/expapi/verbs/attempted',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  attended: 'http://adlnet.gov/expapi/verbs/attended',
  // Not in the ADL set: the Tin Can registry's verb for an award.
  earned: 'http://id.tincanapi.com/verb/earned',
} as const;
type Verb = keyof typeof VERBS;

const TYPES = {
  course: 'http://adlnet.gov/expapi/activities/course',
  module: 'http://adlnet.gov/expapi/activities/module',
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
  question: 'http://adlnet.gov/expapi/activities/question',
  meeting: 'http://adlnet.gov/expapi/activities/meeting',
  badge: 'http://id.tincanapi.com/activitytype/badge',
} as const;

export type XapiActor =
  | { objectType: 'Agent'; account: { homePage: string; name: string } }
  | { objectType: 'Agent'; mbox: string };

export interface XapiActivity {
  objectType: 'Activity';
  id: string;
  definition: { type: string };
}

export interface XapiStatement {
  id: string;
  actor: XapiActor;
  verb: { id: string; display: Record<string, string> };
  object: XapiActivity;
  result?: {
    success?: boolean;
    completion?: boolean;
    score?: { scaled: number; raw: number; min: number; max: number };
    /** ISO 8601 duration, e.g. PT90M. */
    duration?: string;
  };
  context: {
    registration: string;
    revision: string;
    language: string;
    platform: string;
    contextActivities: { parent?: XapiActivity[]; grouping: XapiActivity[] };
  };
  timestamp: string;
}

/**
 * Stable activity IRIs under the academy's public URL. Module slugs are unique in a curriculum,
 * so lessons and module quizzes are named by module; a final assessment belongs to its course.
 */
export class ActivityIds {
  constructor(private readonly base: string) {}
  private activity(path: string, type: string): XapiActivity {
    return {
      objectType: 'Activity',
      id: `${this.base}/xapi/activities/${path}`,
      definition: { type },
    };
  }
  curriculum = () => this.activity('curriculum', 'http://adlnet.gov/expapi/activities/objective');
  course = (slug: string) => this.activity(`courses/${slug}`, TYPES.course);
  module = (slug: string) => this.activity(`modules/${slug}`, TYPES.module);
  lesson = (module: string, lesson: string) =>
    this.activity(`modules/${module}/lessons/${lesson}`, TYPES.lesson);
  quiz = (course: string, kind: 'module' | 'assessment', slug: string) =>
    kind === 'module'
      ? this.activity(`modules/${slug}/quiz`, TYPES.assessment)
      : this.activity(`courses/${course}/assessments/${slug}`, TYPES.assessment);
  /** A question under its quiz, by its stable `bank/id` key (each part IRI-escaped). */
  question = (course: string, kind: 'module' | 'assessment', slug: string, key: string) => {
    const quiz = this.quiz(course, kind, slug);
    const path = key.split('/').map(encodeURIComponent).join('/');
    return { ...quiz, id: `${quiz.id}/questions/${path}`, definition: { type: TYPES.question } };
  };
  /** A cohort session: cohorts and sessions are named by their ids, which never change. */
  session = (cohortId: string, sessionId: string) =>
    this.activity(`cohorts/${cohortId}/sessions/${sessionId}`, TYPES.meeting);
}

/** The record's identity: what makes two sends of it the same statement. */
export function recordKey(record: XapiRecord): string {
  const e = record.enrolment.id;
  switch (record.type) {
    case 'lesson-opened':
    case 'lesson-done':
      return `${record.type}|${e}|${record.module}/${record.lesson}`;
    case 'quiz-started':
    case 'quiz-submitted':
      return `${record.type}|${e}|${record.attemptId}`;
    case 'question-answered':
      return `${record.type}|${e}|${record.attemptId}|${record.question}`;
    case 'course-completed':
      return `${record.type}|${e}`;
    case 'session-attended':
      return `${record.type}|${e}|${record.sessionId}`;
    case 'certificate-earned':
      return `${record.type}|${e}|${record.certificateId}`;
  }
}

/** A UUID v5 of the deployment and the record: the same on every retry, distinct elsewhere. */
export const statementId = (base: string, record: XapiRecord): string =>
  uuidv5(`${base}|${recordKey(record)}`, STATEMENT_NAMESPACE);

export interface StatementContext {
  /** PUBLIC_URL without a trailing slash: the actor's home page and the root of activity ids. */
  base: string;
  actor: XapiActor;
  /** The version of the curriculum release the learner studies. */
  releaseVersion: string;
  platform: string;
}

/** An xAPI score: raw clamped to [0, max], scaled to four decimals. */
function scoreOf(score: number, max: number) {
  const raw = Math.min(Math.max(score, 0), max);
  return { scaled: max > 0 ? Math.round((raw / max) * 10_000) / 10_000 : 0, raw, min: 0, max };
}

/** The xAPI 1.0.3 statement of one record. Pure: the same inputs give the same statement. */
export function buildStatement(record: XapiRecord, ctx: StatementContext): XapiStatement {
  const ids = new ActivityIds(ctx.base);
  const { enrolment } = record;
  const course = ids.course(enrolment.courseSlug);
  const statement = (
    verb: Verb,
    object: XapiActivity,
    parent: XapiActivity[],
    result?: XapiStatement['result'],
  ): XapiStatement => ({
    id: statementId(ctx.base, record),
    actor: ctx.actor,
    verb: { id: VERBS[verb], display: { en: verb } },
    object,
    ...(result ? { result } : {}),
    context: {
      registration: enrolment.id,
      revision: ctx.releaseVersion,
      language: enrolment.locale,
      platform: ctx.platform,
      contextActivities: {
        ...(parent.length ? { parent } : {}),
        grouping: [ids.curriculum()],
      },
    },
    timestamp: new Date(record.at).toISOString(),
  });
  switch (record.type) {
    case 'lesson-opened':
      return statement('launched', ids.lesson(record.module, record.lesson), [
        ids.module(record.module),
        course,
      ]);
    case 'lesson-done':
      return statement(
        'experienced',
        ids.lesson(record.module, record.lesson),
        [ids.module(record.module), course],
        { completion: true },
      );
    case 'quiz-started':
      return statement('attempted', ids.quiz(enrolment.courseSlug, record.kind, record.quizSlug), [
        course,
      ]);
    case 'quiz-submitted': {
      return statement(
        record.passed ? 'passed' : 'failed',
        ids.quiz(enrolment.courseSlug, record.kind, record.quizSlug),
        [course],
        {
          success: record.passed,
          completion: true,
          score: scoreOf(record.score, record.maxScore),
        },
      );
    }
    case 'question-answered': {
      return statement(
        'answered',
        ids.question(enrolment.courseSlug, record.kind, record.quizSlug, record.question),
        [ids.quiz(enrolment.courseSlug, record.kind, record.quizSlug)],
        {
          success: record.correct,
          completion: true,
          score: scoreOf(record.score, record.maxScore),
        },
      );
    }
    case 'course-completed':
      return statement('completed', course, [], { completion: true });
    case 'session-attended':
      return statement('attended', ids.session(record.cohortId, record.sessionId), [course], {
        completion: true,
        duration: `PT${record.minutes}M`,
      });
    case 'certificate-earned':
      return statement(
        'earned',
        { objectType: 'Activity', id: record.verifyUrl, definition: { type: TYPES.badge } },
        [course],
      );
  }
}
