import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A message for one recipient only (confirmation links, account notices), kept apart from the
 * cohort outbox that hosts can read. Its id is its Message-ID; `sent_at` guards against sending
 * twice, `claimed_until` against two workers sending it at once; the text is erased once sent.
 */
@Entity('mail_messages')
export class MailMessageEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'to_email', type: 'text' }) toEmail: string;
  @Column({ type: 'text' }) subject: string;
  @Column({ type: 'text', nullable: true }) body: string | null;
  @Column({ type: 'text', nullable: true }) html: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'claimed_until', type: 'timestamptz', nullable: true }) claimedUntil: Date | null;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt: Date | null;
  @Column({ type: 'text', nullable: true }) error: string | null;
}
