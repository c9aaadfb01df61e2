import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../identity/user.entity.js';

/** Progress on one lesson, keyed by stable slugs so it carries over to newer releases. */
@Entity('lesson_progress')
@Index(['userId', 'courseSlug', 'moduleSlug', 'lessonSlug'], { unique: true })
export class LessonProgressEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'course_slug', type: 'text' }) courseSlug: string;
  @Column({ name: 'module_slug', type: 'text' }) moduleSlug: string;
  @Column({ name: 'lesson_slug', type: 'text' }) lessonSlug: string;
  @Column({ name: 'first_viewed_at', type: 'timestamptz', default: () => 'now()' })
  firstViewedAt: Date;
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true }) completedAt: Date | null;
}
