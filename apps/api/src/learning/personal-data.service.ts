import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { EnrolmentEntity } from './enrolment.entity.js';
import { LessonProgressEntity } from './lesson-progress.entity.js';
import { QuizAttemptEntity } from './quiz-attempt.entity.js';

/** What learning holds about a person, and its part of an erasure. */
@Injectable()
export class LearningPersonalData {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async personalData(userId: string) {
    const em = this.dataSource.manager;
    const [enrolments, lessonProgress, quizAttempts] = await Promise.all([
      em.getRepository(EnrolmentEntity).find({ where: { userId }, order: { enrolledAt: 'ASC' } }),
      em
        .getRepository(LessonProgressEntity)
        .find({ where: { userId }, order: { firstViewedAt: 'ASC' } }),
      em.getRepository(QuizAttemptEntity).find({ where: { userId }, order: { startedAt: 'ASC' } }),
    ]);
    return { enrolments, lessonProgress, quizAttempts };
  }

  /**
   * Moves enrolments, progress and attempts (answers included) to the tombstone account: they
   * carry no identity then, and item analysis and course statistics keep every answer.
   */
  async anonymise(em: EntityManager, userId: string, tombstoneId: string): Promise<void> {
    for (const entity of [EnrolmentEntity, LessonProgressEntity, QuizAttemptEntity]) {
      await em.getRepository(entity).update({ userId }, { userId: tombstoneId });
    }
    // Idempotency keys are chosen by the person's browser; drop them with the identity.
    await em
      .getRepository(QuizAttemptEntity)
      .update({ userId: tombstoneId }, { idempotencyKey: null });
  }
}
