import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface CourseCompleted {
  userId: string;
  enrolmentId: string;
  courseSlug: string;
  releaseId: string;
  cohortId: string | null;
  locale: string;
  completedAt: Date;
}

/** The certificate-issue job: written in the completing transaction, run by any replica. */
export interface CertificateIssueJob {
  enrolmentId: string;
}

type Listener = (event: CourseCompleted) => Promise<void> | void;

/** A quiz attempt was graded (passed or not). */
export interface QuizSubmitted {
  userId: string;
  attemptId: string;
  kind: 'module' | 'assessment';
  quizSlug: string;
  score: number;
  maxScore: number;
  passed: boolean;
  submittedAt: Date;
}

/** Runs inside the grading transaction, to write durable jobs with it (and nothing slow). */
type QuizListener = (event: QuizSubmitted, em: EntityManager) => Promise<void>;

/** The enrolment a learning record belongs to. */
export interface EnrolmentRef {
  id: string;
  userId: string;
  courseSlug: string;
  releaseId: string;
  locale: string;
}

/**
 * What a learner did, recorded once per fact: a lesson opened for the first time or first marked
 * done, a quiz attempt started or graded, the course completed. For learning records sent
 * elsewhere (xAPI); `at` is the moment stored with the fact, so a record is the same on a retry.
 */
export type LearningRecord =
  | {
      type: 'lesson-opened' | 'lesson-done';
      at: Date;
      enrolment: EnrolmentRef;
      module: string;
      lesson: string;
    }
  | {
      type: 'quiz-started';
      at: Date;
      enrolment: EnrolmentRef;
      attemptId: string;
      kind: 'module' | 'assessment';
      quizSlug: string;
    }
  | {
      type: 'quiz-submitted';
      at: Date;
      enrolment: EnrolmentRef;
      attemptId: string;
      kind: 'module' | 'assessment';
      quizSlug: string;
      score: number;
      maxScore: number;
      passed: boolean;
    }
  | {
      /** One answered question of a graded attempt (`question` is its stable `bank/id` key). */
      type: 'question-answered';
      at: Date;
      enrolment: EnrolmentRef;
      attemptId: string;
      kind: 'module' | 'assessment';
      quizSlug: string;
      question: string;
      correct: boolean;
      score: number;
      maxScore: number;
    }
  | { type: 'course-completed'; at: Date; enrolment: EnrolmentRef }
  | {
      /** Marked present at a cohort session (by a host, a check-in or joining its workshop). */
      type: 'session-attended';
      /** The session's start: when the experience took place. */
      at: Date;
      enrolment: EnrolmentRef;
      cohortId: string;
      sessionId: string;
      /** The session's length in minutes. */
      minutes: number;
    };

/** Runs inside the transaction that stored the record, to write durable jobs with it. */
type RecordListener = (record: LearningRecord, em: EntityManager) => Promise<void>;

/**
 * In-process domain events of the learning feature. Emitted after the completing transaction
 * commits, as a fast path only: what must happen because of a completion is also a durable job
 * written in that transaction. A failing listener is logged and does not undo the completion.
 */
@Injectable()
export class LearningEvents {
  private readonly listeners: Listener[] = [];
  private readonly quizListeners: QuizListener[] = [];
  private readonly recordListeners: RecordListener[] = [];
  private readonly logger = new Logger('LearningEvents');

  onCourseCompleted(listener: Listener): void {
    this.listeners.push(listener);
  }

  /**
   * Other features' work caused by a graded attempt (e.g. a score for an LTI platform): the
   * listener writes its job in the grading transaction, so the job exists exactly when the
   * result does. A failing listener fails the submission, which the learner may simply repeat.
   */
  onQuizSubmitted(listener: QuizListener): void {
    this.quizListeners.push(listener);
  }

  async quizSubmitted(em: EntityManager, event: QuizSubmitted): Promise<void> {
    for (const listener of this.quizListeners) await listener(event, em);
  }

  /**
   * Other features' work caused by a learning record (e.g. an xAPI statement): like
   * `onQuizSubmitted`, the listener writes its job in the transaction that stored the record.
   */
  onRecorded(listener: RecordListener): void {
    this.recordListeners.push(listener);
  }

  async recorded(em: EntityManager, record: LearningRecord): Promise<void> {
    for (const listener of this.recordListeners) await listener(record, em);
  }

  async courseCompleted(event: CourseCompleted): Promise<void> {
    for (const listener of this.listeners) {
      try {
        await listener(event);
      } catch (error) {
        this.logger.error(
          `course.completed listener failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }
}
