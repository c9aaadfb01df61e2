import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const organisationKinds = ['city', 'region', 'agency', 'other'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

@Entity('organisations')
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** ISO 3166-1 alpha-2. */
  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'text' })
  kind: OrganisationKind;

  /** Addresses at these domains (or their subdomains) belong to the organisation: verified at once. */
  @Column({ name: 'email_domains', type: 'text', array: true, default: () => "'{}'" })
  emailDomains: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
