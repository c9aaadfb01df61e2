import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One counter per throttled thing (an account and client pair, an account, a client), kept in
 * PostgreSQL so every API replica sees the same count. Rows are updated with a single
 * INSERT … ON CONFLICT DO UPDATE, so checking and counting are one atomic step.
 */
@Entity('throttle_counters')
export class ThrottleCounterEntity {
  @PrimaryColumn({ type: 'text' })
  bucket: string;

  @Column({ type: 'int' })
  hits: number;

  /** When the count starts again from zero (and when the row may be pruned). */
  @Index()
  @Column({ name: 'window_ends_at', type: 'timestamptz' })
  windowEndsAt: Date;

  /** Set once the free attempts are used: the next attempt must wait until then. */
  @Column({ name: 'blocked_until', type: 'timestamptz', nullable: true })
  blockedUntil: Date | null;
}
