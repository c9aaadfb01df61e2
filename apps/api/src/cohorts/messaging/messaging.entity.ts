import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../../identity/user.entity.js';
import { CohortEntity } from '../cohort.entity.js';

/**
 * An invitation to a cohort, addressed to an email address. Nothing is created for the invitee
 * until they accept it signed in as themselves (with that address); only then do they join.
 * Only SHA-256 hashes of the link token and of the confirmation token are stored.
 */
@Entity('cohort_invitations')
export class CohortInvitationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index()
  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId: string;
  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Column({ type: 'text' }) email: string;
  @Index()
  @Column({ name: 'email_key', type: 'text' })
  emailKey: string;
  /** As given by the host: the greeting, and the name suggested when registering. */
  @Column({ name: 'display_name', type: 'text' }) displayName: string;
  @Column({ type: 'text', nullable: true }) organisation: string | null;
  @Column({ type: 'text' }) locale: string;

  @Column({ name: 'token_hash', type: 'text', unique: true }) tokenHash: string;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true }) acceptedAt: Date | null;
  /** Who accepted it (null while pending). */
  @Column({ name: 'user_id', type: 'uuid', nullable: true }) userId: string | null;
  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity | null;

  /** With SMTP: an account registered after the invitation proves the address by a mailed link. */
  @Column({ name: 'confirmation_hash', type: 'text', nullable: true }) confirmationHash:
    | string
    | null;
  @Column({ name: 'confirmation_user_id', type: 'uuid', nullable: true }) confirmationUserId:
    | string
    | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** Every message the cohort sent; without SMTP it stays here for hosts to copy and send themselves. */
@Entity('cohort_outbox')
@Index(['cohortId', 'createdAt'])
export class CohortOutboxEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'cohort_id', type: 'uuid' }) cohortId: string;
  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Column({ name: 'to_email', type: 'text' }) toEmail: string;
  @Column({ type: 'text' }) subject: string;
  @Column({ type: 'text' }) body: string;
  /** The HTML part (the body escaped); null for messages written before mail had one. */
  @Column({ type: 'text', nullable: true }) html: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  /** While set and in the future, one worker is sending it (see MailerService.deliver). */
  @Column({ name: 'claimed_until', type: 'timestamptz', nullable: true }) claimedUntil: Date | null;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt: Date | null;
  @Column({ type: 'text', nullable: true }) error: string | null;
}

@Entity('cohort_announcements')
@Index(['cohortId', 'createdAt'])
export class CohortAnnouncementEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'cohort_id', type: 'uuid' }) cohortId: string;
  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId: string | null;
  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity | null;

  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text' }) body: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
