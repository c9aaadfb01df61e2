import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EnrolmentEntity } from '../learning/enrolment.entity.js';
import { UserEntity } from '../identity/user.entity.js';

/** An issued certificate: what was signed, for whom, and whether it still stands. */
@Entity('certificates')
export class CertificateEntity {
  /** Random UUID v4 (122 random bits): the public verification id, not enumerable. */
  @PrimaryColumn('uuid') id: string;

  @Index()
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** One certificate per enrolment (learner and course run). */
  @Index({ unique: true })
  @Column({ name: 'enrolment_id', type: 'uuid' })
  enrolmentId: string;
  @ManyToOne(() => EnrolmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: EnrolmentEntity;

  @Column({ name: 'course_slug', type: 'text' }) courseSlug: string;
  @Column({ name: 'course_title', type: 'text' }) courseTitle: string;
  @Column({ name: 'release_id', type: 'uuid' }) releaseId: string;
  @Column({ name: 'curriculum_version', type: 'text' }) curriculumVersion: string;
  @Column({ name: 'content_hash', type: 'text' }) contentHash: string;
  @Column({ type: 'text', nullable: true }) edition: string | null;
  @Column({ name: 'cohort_id', type: 'uuid', nullable: true }) cohortId: string | null;
  @Column({ name: 'recipient_name', type: 'text' }) recipientName: string;
  @Column({ type: 'text' }) locale: string;
  @Column({ name: 'issued_at', type: 'timestamptz' }) issuedAt: Date;

  /** The signed VC-JWT exactly as issued. */
  @Column({ type: 'text' }) jwt: string;
  @Column({ type: 'text' }) kid: string;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt: Date | null;
  @Column({ name: 'revoked_reason', type: 'text', nullable: true }) revokedReason: string | null;
}
