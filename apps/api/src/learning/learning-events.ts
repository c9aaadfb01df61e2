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

/**
 * In-process domain events of the learning feature. Emitted after the completing transaction
 * commits, as a fast path only: what must happen because of a completion is also a durable job
 * written in that transaction. A failing listener is logged and does not undo the completion.
 */
@Injectable()
export class LearningEvents {
  private readonly listeners: Listener[] = [];
  private readonly quizListeners: QuizListener[] = [];
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
