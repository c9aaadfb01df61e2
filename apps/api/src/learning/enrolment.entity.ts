import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ReleaseEntity } from '../curriculum/release.entity.js';
import { UserEntity } from '../identity/user.entity.js';

/** A learner on a course, pinned to the release (and edition) and language they study in. */
@Entity('enrolments')
@Index(['userId', 'courseSlug'], { unique: true })
export class EnrolmentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'course_slug', type: 'text' }) courseSlug: string;

  @Index()
  @Column({ name: 'release_id', type: 'uuid' })
  releaseId: string;
  @ManyToOne(() => ReleaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'release_id' })
  release?: ReleaseEntity;

  @Column({ type: 'text' }) locale: string;

  /** Set when the learner joined through a cohort (cohorts feature); dashboards filter on it. */
  @Index()
  @Column({ name: 'cohort_id', type: 'uuid', nullable: true })
  cohortId: string | null;

  @Column({ name: 'enrolled_at', type: 'timestamptz', default: () => 'now()' }) enrolledAt: Date;
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true }) completedAt: Date | null;

  /** Where to resume: the last lesson opened. */
  @Column({ name: 'last_lesson', type: 'text', nullable: true }) lastLesson: string | null;
  @Column({ name: 'last_activity_at', type: 'timestamptz', default: () => 'now()' })
  lastActivityAt: Date;
}
