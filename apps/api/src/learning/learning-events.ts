import { Injectable, Logger } from '@nestjs/common';

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

/**
 * In-process domain events of the learning feature. Emitted after the completing transaction
 * commits, as a fast path only: what must happen because of a completion is also a durable job
 * written in that transaction. A failing listener is logged and does not undo the completion.
 */
@Injectable()
export class LearningEvents {
  private readonly listeners: Listener[] = [];
  private readonly logger = new Logger('LearningEvents');

  onCourseCompleted(listener: Listener): void {
    this.listeners.push(listener);
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
