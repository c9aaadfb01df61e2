import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../identity/user.entity.js';
import { CohortEntity } from './cohort.entity.js';

/** A workshop session of a cohort. */
@Entity('cohort_sessions')
@Index(['cohortId', 'startsAt'])
export class CohortSessionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'cohort_id', type: 'uuid' }) cohortId: string;
  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Column({ type: 'text' }) title: string;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt: Date;
  @Column({ name: 'ends_at', type: 'timestamptz' }) endsAt: Date;
  @Column({ type: 'text', nullable: true }) place: string | null;
  @Column({ name: 'online_url', type: 'text', nullable: true }) onlineUrl: string | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) modules: string[];
  /** Module whose host notes guide this session. */
  @Column({ name: 'host_notes_module', type: 'text', nullable: true }) hostNotesModule:
    | string
    | null;
  /** Short code participants type to check themselves in, valid from 15 min before start to the end. */
  @Column({ name: 'check_in_code', type: 'text', unique: true }) checkInCode: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

export const attendanceStatuses = ['present', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

@Entity('cohort_attendance')
export class CohortAttendanceEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' }) sessionId: string;
  @ManyToOne(() => CohortSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: CohortSessionEntity;

  @Index()
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'text' }) status: AttendanceStatus;
  /** Null when the participant checked in themselves. */
  @Column({ name: 'marked_by', type: 'uuid', nullable: true }) markedBy: string | null;
  @Column({ name: 'marked_at', type: 'timestamptz', default: () => 'now()' }) markedAt: Date;
}
