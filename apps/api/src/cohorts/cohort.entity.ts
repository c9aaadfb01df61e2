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
import { ReleaseEntity } from '../curriculum/release.entity.js';
import { UserEntity } from '../identity/user.entity.js';

/** A live programme: participants studying one course together, pinned to one release and language. */
@Entity('cohorts')
export class CohortEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ name: 'course_slug', type: 'text' }) courseSlug: string;

  @Index()
  @Column({ name: 'release_id', type: 'uuid' })
  releaseId: string;
  @ManyToOne(() => ReleaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'release_id' })
  release?: ReleaseEntity;

  @Column({ type: 'text' }) locale: string;
  @Column({ type: 'int', default: 40 }) capacity: number;
  @Column({ name: 'starts_on', type: 'date' }) startsOn: string;
  @Column({ name: 'ends_on', type: 'date' }) endsOn: string;
  /** IANA zone, e.g. Europe/Amsterdam: how dates are shown and calendars are labelled. */
  @Column({ name: 'time_zone', type: 'text' }) timeZone: string;
  /** Share of sessions a participant must attend (0–1), on top of the course's own rules. */
  @Column({ name: 'min_attendance', type: 'double precision', nullable: true }) minAttendance:
    | number
    | null;
  /** Module slug → ISO timestamp from which it is open to the cohort. */
  @Column({ name: 'module_unlocks', type: 'jsonb', default: () => "'{}'" }) moduleUnlocks: Record<
    string,
    string
  >;

  @Column({ name: 'join_code', type: 'text', unique: true }) joinCode: string;
  @Column({ name: 'join_open', type: 'boolean', default: true }) joinOpen: boolean;

  @Column({ name: 'owner_id', type: 'uuid' }) ownerId: string;
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** Hosts of a cohort: the owner and co-hosts; both see and run it. */
@Entity('cohort_hosts')
export class CohortHostEntity {
  @PrimaryColumn({ name: 'cohort_id', type: 'uuid' }) cohortId: string;
  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Index()
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'text' }) role: 'owner' | 'co-host';
}

/** A participant of a cohort. */
@Entity('cohort_members')
export class CohortMemberEntity {
  @PrimaryColumn({ name: 'cohort_id', type: 'uuid' }) cohortId: string;
  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Index()
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** As given by the host at import (free text; accounts' organisations need a country and kind). */
  @Column({ type: 'text', nullable: true }) organisation: string | null;
  /** Whether other participants may see this participant's name. */
  @Column({ name: 'name_visible', type: 'boolean', default: false }) nameVisible: boolean;
  /**
   * Secret of the subscribable calendar URL. Kept readable (not hashed) because the participant
   * must be able to copy the URL again; it only grants reading the cohort's schedule.
   */
  @Column({ name: 'calendar_token', type: 'text', unique: true }) calendarToken: string;
  @Column({ name: 'joined_at', type: 'timestamptz', default: () => 'now()' }) joinedAt: Date;
}
