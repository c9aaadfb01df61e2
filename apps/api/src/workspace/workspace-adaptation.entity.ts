import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from '../identity/user.entity.js';

/** What an adaptation does to the edition (the file says it all; the kind is for listing). */
export type WorkspaceAdaptationKind = 'override' | 'practice' | 'lcc' | 'hide';

/**
 * A whole file of the edition written in the browser (issue 18, local adaptation): an edition's
 * own lesson or practice text, a local practice, `edition.yaml` with LCC defaults, or a
 * `module.yaml` that hides lessons. `path` is relative to `editions/<id>/`, as the file lands in
 * the release and in the export. `version` guards against lost updates.
 */
@Entity('workspace_adaptations')
@Index(['editionKey', 'path'], { unique: true })
export class WorkspaceAdaptationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'edition_key', type: 'text' }) editionKey: string;
  @Column({ type: 'text' }) path: string;
  @Column({ type: 'text' }) kind: WorkspaceAdaptationKind;
  @Column({ type: 'text' }) text: string;
  @Column({ type: 'integer' }) version: number;
  @Column({ name: 'updated_by', type: 'uuid', nullable: true }) updatedBy: string | null;
  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by' })
  updater?: UserEntity;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
