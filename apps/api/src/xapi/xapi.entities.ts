import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A Learning Record Store the academy sends xAPI statements to, configured by an administrator. */
@Entity('xapi_stores')
export class XapiStoreEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) name: string;
  /** The LRS endpoint, e.g. https://lrs.example.org/xapi/ (statements go to `<endpoint>/statements`). */
  @Column({ type: 'text' }) endpoint: string;
  /** The basic-auth key (user name) the LRS gave the academy. */
  @Column({ type: 'text' }) key: string;
  /** The basic-auth secret, sealed (see xapi-secret.ts); never selected unless asked for. */
  @Column({ name: 'sealed_secret', type: 'text', select: false }) sealedSecret: string;
  @Column({ type: 'boolean', default: true }) enabled: boolean;
  /** Identify learners by their e-mail address (mbox) instead of an opaque account id. */
  @Column({ name: 'share_email', type: 'boolean', default: false }) shareEmail: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
