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
import { CohortSessionEntity } from '../cohorts/cohort-session.entity.js';
import { CohortEntity } from '../cohorts/cohort.entity.js';
import { UserEntity } from '../identity/user.entity.js';
import type { LiveLccExercise, LiveLccOffer } from './live-lcc.js';

export const liveActivityKinds = ['poll', 'estimate', 'words', 'quiz', 'ranking', 'lcc'] as const;
export type LiveActivityKind = (typeof liveActivityKinds)[number];
export const liveActivityStates = ['open', 'locked', 'revealed'] as const;
export type LiveActivityState = (typeof liveActivityStates)[number];

/** One answer as stored; which field is set depends on the activity's kind. */
export interface LiveResponse {
  choice?: string;
  choices?: string[];
  number?: number;
  text?: string;
  /** Ranking: every option id, first = ranked highest. */
  order?: string[];
  /** LCC exercise: the table's offer. */
  offer?: LiveLccOffer;
}

/** A cohort session being run live: the host's projector and the participants' phones. */
@Entity('live_sessions')
// At most one running live session per cohort session, and running join codes are unique.
@Index(['cohortSessionId'], { unique: true, where: 'ended_at IS NULL' })
@Index(['joinCode'], { unique: true, where: 'ended_at IS NULL' })
export class LiveSessionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'cohort_session_id', type: 'uuid' }) cohortSessionId: string;
  @ManyToOne(() => CohortSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_session_id' })
  cohortSession?: CohortSessionEntity;

  @Index()
  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId: string;
  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Column({ name: 'started_by', type: 'uuid', nullable: true }) startedBy: string | null;
  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'started_by' })
  starter?: UserEntity;

  @Column({ name: 'join_code', type: 'text' }) joinCode: string;
  @Column({ name: 'current_activity_id', type: 'uuid', nullable: true }) currentActivityId:
    | string
    | null;
  /** The tables the host split participants into: index i is table i + 1 (its label, if any). */
  @Column({ name: 'table_labels', type: 'jsonb', default: () => "'[]'" }) tableLabels: (
    | string
    | null
  )[];
  /** The slide the projector shows (0-based): kept here so a reload and every replica agree. */
  @Column({ name: 'slide_index', type: 'int', default: 0 }) slideIndex: number;
  @CreateDateColumn({ name: 'started_at', type: 'timestamptz' }) startedAt: Date;
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true }) endedAt: Date | null;
}

@Entity('live_participants')
export class LiveParticipantEntity {
  @PrimaryColumn({ name: 'live_session_id', type: 'uuid' }) liveSessionId: string;
  @ManyToOne(() => LiveSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'live_session_id' })
  liveSession?: LiveSessionEntity;

  @Index()
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** The participant's table (1-based) once the host split the room; null before. */
  @Column({ name: 'table_no', type: 'int', nullable: true }) tableNo: number | null;
  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' }) joinedAt: Date;
}

/** A poll, estimate, word cloud or quiz-bank question launched during a live session. */
@Entity('live_activities')
@Index(['liveSessionId', 'position'], { unique: true })
export class LiveActivityEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'live_session_id', type: 'uuid' }) liveSessionId: string;
  @ManyToOne(() => LiveSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'live_session_id' })
  liveSession?: LiveSessionEntity;

  @Column({ type: 'int' }) position: number;
  @Column({ type: 'text' }) kind: LiveActivityKind;
  @Column({ type: 'text' }) prompt: string;
  /** `[{ id, label }]` for polls, rankings and quiz questions. */
  @Column({ type: 'jsonb', default: () => "'[]'" }) options: { id: string; label: string }[];
  /** Quiz questions only: the right option ids. Never sent to participants before "reveal". */
  @Column({ name: 'answer_key', type: 'jsonb', nullable: true }) answerKey: string[] | null;
  @Column({ name: 'quiz_module', type: 'text', nullable: true }) quizModule: string | null;
  @Column({ name: 'quiz_question', type: 'text', nullable: true }) quizQuestion: string | null;
  @Column({ type: 'text', default: 'open' }) state: LiveActivityState;
  /** Quiz only: a multiple-answer question (pick every right option). */
  @Column({ type: 'boolean', default: false }) multiple: boolean;
  /** A group activity: one answer per table, given by any member of it. */
  @Column({ name: 'by_table', type: 'boolean', default: false }) byTable: boolean;
  /** LCC exercise only: the curriculum exercise's terms and model answer, as launched. */
  @Column({ type: 'jsonb', nullable: true }) lcc: LiveLccExercise | null;
  @CreateDateColumn({ name: 'launched_at', type: 'timestamptz' }) launchedAt: Date;
}

/** One participant's answer to one activity: answering again replaces it until the host locks. */
@Entity('live_answers')
// A group activity keeps one answer per table: a teammate's answer replaces the table's.
@Index(['activityId', 'tableNo'], { unique: true, where: 'table_no IS NOT NULL' })
export class LiveAnswerEntity {
  @PrimaryColumn({ name: 'activity_id', type: 'uuid' }) activityId: string;
  @ManyToOne(() => LiveActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activity?: LiveActivityEntity;

  @Index()
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'jsonb' }) response: LiveResponse;
  /** Group activities only: the table this answer speaks for. */
  @Column({ name: 'table_no', type: 'int', nullable: true }) tableNo: number | null;
  /** Quiz questions only. */
  @Column({ type: 'boolean', nullable: true }) correct: boolean | null;
  @Column({ name: 'answered_at', type: 'timestamptz', default: () => 'now()' }) answeredAt: Date;
}

export const liveEntities = [
  LiveSessionEntity,
  LiveParticipantEntity,
  LiveActivityEntity,
  LiveAnswerEntity,
];
