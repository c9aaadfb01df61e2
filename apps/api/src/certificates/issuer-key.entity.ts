import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Keys the academy has signed with; kept after rotation so old certificates verify. */
@Entity('issuer_keys')
export class IssuerKeyEntity {
  @PrimaryColumn('text') kid: string;
  @Column({ name: 'public_jwk', type: 'jsonb' }) publicJwk: Record<string, unknown>;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  /**
   * The private key when the database holds it (not when it comes from ISSUER_PRIVATE_JWK).
   * Never selected unless asked for.
   */
  @Column({ name: 'private_jwk', type: 'jsonb', nullable: true, select: false }) privateJwk: Record<
    string,
    unknown
  > | null;
  /** Set when another key took over signing. */
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true }) retiredAt: Date | null;
}
