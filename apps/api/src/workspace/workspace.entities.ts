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
import { WorkspaceSourceConfirmationEntity } from './workspace-upstream.entity.js';
import { WorkspaceAdaptationEntity } from './workspace-adaptation.entity.js';

/** An admin's grant: this editor may translate and review the edition (editors see no other). */
@Entity('editor_editions')
export class EditorEditionEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
  @PrimaryColumn({ name: 'edition_key', type: 'text' }) editionKey: string;
  @Column({ name: 'granted_by', type: 'uuid', nullable: true }) grantedBy: string | null;
  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'granted_by' })
  granter?: UserEntity;
  @CreateDateColumn({ name: 'granted_at', type: 'timestamptz' }) grantedAt: Date;
}

export type WorkspaceSegmentState = 'translated' | 'reviewed';

/**
 * A segment translated in the browser: the target, and the source text it was translated from,
 * so a later change upstream shows as outdated with a diff. `version` guards against lost updates.
 */
@Entity('workspace_segments')
@Index(['editionKey', 'locale', 'sourcePath', 'segmentId'], { unique: true })
export class WorkspaceSegmentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'edition_key', type: 'text' }) editionKey: string;
  @Column({ type: 'text' }) locale: string;
  /** Logical path of the source file (`modules/x/lessons/y.en.md`). */
  @Column({ name: 'source_path', type: 'text' }) sourcePath: string;
  @Column({ name: 'segment_id', type: 'text' }) segmentId: string;
  @Column({ type: 'text' }) target: string;
  @Column({ name: 'source_text', type: 'text' }) sourceText: string;
  /** Core release (manifest version) `sourceText` belongs to; null for rows saved before it was kept. */
  @Column({ name: 'core_version', type: 'text', nullable: true }) coreVersion: string | null;
  @Column({ type: 'text' }) state: WorkspaceSegmentState;
  @Column({ type: 'integer' }) version: number;
  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId: string | null;
  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;
  @Column({ name: 'reviewer_id', type: 'uuid', nullable: true }) reviewerId: string | null;
  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reviewer_id' })
  reviewer?: UserEntity;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** A remark on one segment (by key, so a segment can be discussed before anyone translates it). */
@Entity('workspace_comments')
@Index(['editionKey', 'locale', 'sourcePath', 'segmentId'])
export class WorkspaceCommentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'edition_key', type: 'text' }) editionKey: string;
  @Column({ type: 'text' }) locale: string;
  @Column({ name: 'source_path', type: 'text' }) sourcePath: string;
  @Column({ name: 'segment_id', type: 'text' }) segmentId: string;
  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId: string | null;
  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;
  @Column({ type: 'text' }) body: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

export const workspaceEntities = [
  EditorEditionEntity,
  WorkspaceAdaptationEntity,
  WorkspaceSegmentEntity,
  WorkspaceCommentEntity,
  WorkspaceSourceConfirmationEntity,
];
