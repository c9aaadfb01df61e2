import type { DrawnQuestion, QuestionResult, Response } from '@academy/learning';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../identity/user.entity.js';
import { EnrolmentEntity } from './enrolment.entity.js';

/**
 * One attempt at a module quiz or the final assessment. The draw (questions and option order) is
 * stored when the attempt starts; answers autosave as drafts; submission grades once.
 */
@Entity('quiz_attempts')
@Index(['enrolmentId', 'kind', 'quizSlug'])
// A learner's graded attempts, newest first (myRecentAttempts).
@Index('IDX_quiz_attempts_user_submitted', ['userId', 'submittedAt'], {
  where: 'submitted_at IS NOT NULL',
})
export class QuizAttemptEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'enrolment_id', type: 'uuid' }) enrolmentId: string;
  @ManyToOne(() => EnrolmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: EnrolmentEntity;

  @Column({ name: 'release_id', type: 'uuid' }) releaseId: string;
  @Column({ type: 'text' }) kind: 'module' | 'assessment';
  @Column({ name: 'quiz_slug', type: 'text' }) quizSlug: string;
  @Column({ type: 'int' }) number: number;

  @Column({ type: 'jsonb' }) questions: DrawnQuestion[];
  @Column({ type: 'jsonb', default: () => "'{}'" }) drafts: Record<string, Response>;

  @Column({ name: 'started_at', type: 'timestamptz', default: () => 'now()' }) startedAt: Date;
  @Column({ name: 'deadline_at', type: 'timestamptz', nullable: true }) deadlineAt: Date | null;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt: Date | null;
  @Column({ name: 'idempotency_key', type: 'text', nullable: true }) idempotencyKey: string | null;

  @Column({ type: 'double precision', nullable: true }) score: number | null;
  @Column({ name: 'max_score', type: 'double precision', nullable: true }) maxScore: number | null;
  @Column({ type: 'double precision', nullable: true }) fraction: number | null;
  @Column({ type: 'boolean', nullable: true }) passed: boolean | null;
  @Column({ type: 'jsonb', nullable: true }) results: Record<string, QuestionResult> | null;
}
