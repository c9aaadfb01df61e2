import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { OrganisationEntity } from './organisation.entity.js';

import type { GrantableRole } from '../common/roles.js';

export { grantableRoles, type GrantableRole } from '../common/roles.js';

export type OrganisationVerification = 'domain' | 'manager';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  email: string;

  /** Lower-cased email; the unique index makes addresses unique case-insensitively. */
  @Column({ name: 'email_key', type: 'text', unique: true })
  emailKey: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ name: 'preferred_locale', type: 'text', default: 'en' })
  preferredLocale: string;

  /** Indexed: an organisation's members and training report start from it. */
  @Index('IDX_users_organisation_id')
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity | null;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles: GrantableRole[];

  /** How the person's organisation was confirmed: by its email-domain rule or by its manager. */
  @Column({ name: 'organisation_verification', type: 'text', nullable: true })
  organisationVerification: OrganisationVerification | null;

  @Column({ name: 'organisation_verified_at', type: 'timestamptz', nullable: true })
  organisationVerifiedAt: Date | null;

  /** The person agreed to share their training record with their organisation (its report). */
  @Column({ name: 'shares_training_record', type: 'boolean', default: false })
  sharesTrainingRecord: boolean;

  /** When the person last agreed; null once they withdraw. */
  @Column({ name: 'training_record_shared_at', type: 'timestamptz', nullable: true })
  trainingRecordSharedAt: Date | null;

  /** The privacy notice (its version hash) the person accepted when registering, and when. */
  @Column({ name: 'privacy_notice_version', type: 'text', nullable: true })
  privacyNoticeVersion: string | null;

  @Column({ name: 'privacy_accepted_at', type: 'timestamptz', nullable: true })
  privacyAcceptedAt: Date | null;

  /** The last sign-in (or the registration): the retention jobs count inactivity from it. */
  @Index('IDX_users_last_active_at')
  @Column({ name: 'last_active_at', type: 'timestamptz', default: () => 'now()' })
  lastActiveAt: Date;

  /** When the holder was told the inactive account will be anonymised; a later sign-in cancels it. */
  @Column({ name: 'inactivity_warned_at', type: 'timestamptz', nullable: true })
  inactivityWarnedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
