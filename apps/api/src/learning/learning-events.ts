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

type Listener = (event: CourseCompleted) => Promise<void> | void;

/**
 * In-process domain events of the learning feature. Emitted after the completing transaction
 * commits; a failing listener is logged and does not undo the completion.
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
        this.logger.error(`course.completed listener failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}
