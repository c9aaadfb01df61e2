import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from '../identity/user.entity.js';

/** A learning platform (Moodle, Canvas…) registered by an administrator to launch the academy. */
@Entity('lti_platforms')
@Index(['issuer', 'clientId'], { unique: true })
export class LtiPlatformEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) name: string;
  /** The platform's `iss`, e.g. https://moodle.example.org. */
  @Column({ type: 'text' }) issuer: string;
  /** The client id the platform gave the academy: the `aud` of its id_tokens. */
  @Column({ name: 'client_id', type: 'text' }) clientId: string;
  @Column({ name: 'deployment_ids', type: 'text', array: true }) deploymentIds: string[];
  @Column({ name: 'auth_login_url', type: 'text' }) authLoginUrl: string;
  @Column({ name: 'jwks_url', type: 'text' }) jwksUrl: string;
  @Column({ name: 'token_url', type: 'text', nullable: true }) tokenUrl: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** The academy's own RS256 key pair as an LTI tool (one per deployment, created once). */
@Entity('lti_tool_keys')
export class LtiToolKeyEntity {
  @PrimaryColumn('text') kid: string;
  @Column({ name: 'public_jwk', type: 'jsonb' }) publicJwk: Record<string, unknown>;
  @Column({ name: 'private_jwk', type: 'jsonb', select: false }) privateJwk: Record<
    string,
    unknown
  >;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
}

/**
 * One OIDC login started by a platform: the state (stored hashed) and the nonce the id_token must
 * carry. Used once (`used_at`), expires after a few minutes; old rows are swept at each login.
 */
@Entity('lti_launch_states')
@Index(['expiresAt'])
export class LtiLaunchStateEntity {
  @PrimaryColumn({ name: 'state_hash', type: 'text' }) stateHash: string;
  @Column({ type: 'text' }) nonce: string;
  @Column({ name: 'platform_id', type: 'uuid' }) platformId: string;
  @ManyToOne(() => LtiPlatformEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'platform_id' })
  platform?: LtiPlatformEntity;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true }) usedAt: Date | null;
}

/** A platform account linked to an academy user: matched on (issuer, sub), never on email. */
@Entity('lti_account_links')
@Index(['issuer', 'subject'], { unique: true })
export class LtiAccountLinkEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) issuer: string;
  @Column({ type: 'text' }) subject: string;
  @Column({ name: 'user_id', type: 'uuid' }) @Index() userId: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
  @Column({ name: 'platform_id', type: 'uuid', nullable: true }) platformId: string | null;
  @ManyToOne(() => LtiPlatformEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'platform_id' })
  platform?: LtiPlatformEntity | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'last_launch_at', type: 'timestamptz', default: () => 'now()' })
  lastLaunchAt: Date;
}

/**
 * A content selection (Deep Linking) a teacher started in the platform: where to post the answer,
 * the platform's opaque `data` to echo. Its random id is the teacher's capability: the picker may
 * run in the platform's frame, where browsers withhold the academy's cookies. Used once, expires.
 */
@Entity('lti_deep_link_requests')
export class LtiDeepLinkRequestEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'platform_id', type: 'uuid' }) platformId: string;
  @ManyToOne(() => LtiPlatformEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'platform_id' })
  platform?: LtiPlatformEntity;
  @Column({ name: 'deployment_id', type: 'text' }) deploymentId: string;
  @Column({ name: 'return_url', type: 'text' }) returnUrl: string;
  @Column({ type: 'text', nullable: true }) data: string | null;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true }) usedAt: Date | null;
}

/** A row that belongs to one person on one registered platform (deleted with either). */
abstract class PersonOnPlatform {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
  @Column({ name: 'platform_id', type: 'uuid' }) platformId: string;
  @ManyToOne(() => LtiPlatformEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'platform_id' })
  platform?: LtiPlatformEntity;
}

/**
 * A platform gradebook column (AGS line item) a person's launch tied to a module: when they pass
 * that module's quiz, the score is posted there. One per person and line item.
 */
@Entity('lti_grade_links')
@Index(['userId', 'platformId', 'lineItem'], { unique: true })
export class LtiGradeLinkEntity extends PersonOnPlatform {
  /** The person's id on the platform (`sub`): the score's userId. */
  @Column({ type: 'text' }) subject: string;
  @Column({ name: 'module_slug', type: 'text' }) moduleSlug: string;
  @Column({ name: 'line_item', type: 'text' }) lineItem: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/**
 * A platform course whose roster (Names and Role Provisioning) a teacher may import: remembered
 * when they launch the academy from that course as an instructor, one per teacher and course.
 * Only the teacher who launched sees it: the platform vouched for their role in that course.
 */
@Entity('lti_course_rosters')
@Index(['userId', 'platformId', 'contextId'], { unique: true })
export class LtiCourseRosterEntity extends PersonOnPlatform {
  /** The platform's course id (context claim `id`). */
  @Column({ name: 'context_id', type: 'text' }) contextId: string;
  @Column({ name: 'context_title', type: 'text' }) contextTitle: string;
  @Column({ name: 'memberships_url', type: 'text' }) membershipsUrl: string;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/**
 * A Dynamic Registration link an administrator made: its token (stored hashed) lets one platform
 * register itself, once, within a day. Without it anyone could register a platform.
 */
@Entity('lti_registration_tokens')
export class LtiRegistrationTokenEntity {
  @PrimaryColumn({ name: 'token_hash', type: 'text' }) tokenHash: string;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity | null;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true }) usedAt: Date | null;
  @Column({ name: 'platform_id', type: 'uuid', nullable: true }) platformId: string | null;
  @ManyToOne(() => LtiPlatformEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'platform_id' })
  platform?: LtiPlatformEntity | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

export const ltiEntities = [
  LtiPlatformEntity,
  LtiToolKeyEntity,
  LtiLaunchStateEntity,
  LtiAccountLinkEntity,
  LtiDeepLinkRequestEntity,
  LtiGradeLinkEntity,
  LtiCourseRosterEntity,
  LtiRegistrationTokenEntity,
];
