import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Public keys the academy has signed with; kept after rotation so old certificates verify. */
@Entity('issuer_keys')
export class IssuerKeyEntity {
  @PrimaryColumn('text') kid: string;
  @Column({ name: 'public_jwk', type: 'jsonb' }) publicJwk: Record<string, unknown>;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  /** Set when another key took over signing. */
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true }) retiredAt: Date | null;
}
