import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../identity/user.entity.js';

/**
 * An editor's word that a source change upstream does not affect a translation: the segment's
 * target stays, its source moves to the new text. Kept as a record (who, when, which change), since
 * no text was typed that would show it.
 */
@Entity('workspace_source_confirmations')
@Index(['editionKey', 'locale', 'sourcePath', 'segmentId'])
export class WorkspaceSourceConfirmationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'edition_key', type: 'text' }) editionKey: string;
  @Column({ type: 'text' }) locale: string;
  @Column({ name: 'source_path', type: 'text' }) sourcePath: string;
  @Column({ name: 'segment_id', type: 'text' }) segmentId: string;
  /** The source the target was translated from; null for a repository file (it keeps only a hash). */
  @Column({ name: 'previous_source', type: 'text', nullable: true }) previousSource: string | null;
  @Column({ name: 'source_text', type: 'text' }) sourceText: string;
  @Column({ type: 'text' }) target: string;
  /** Core release the target was translated against (null: unknown, e.g. a repository file). */
  @Column({ name: 'translated_against', type: 'text', nullable: true })
  translatedAgainst: string | null;
  /** Core release whose source the editor confirmed the target for. */
  @Column({ name: 'confirmed_in', type: 'text' }) confirmedIn: string;
  @Column({ name: 'user_id', type: 'uuid', nullable: true }) userId: string | null;
  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
