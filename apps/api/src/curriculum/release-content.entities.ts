import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { BundleModuleKit } from '@academy/curriculum';
import { ReleaseEntity } from './release.entity.js';

/** Texts per requested locale, with fallback information (see @academy/curriculum PerLocale). */
export type LocalizedTexts = Record<string, Record<string, unknown>>;

@Entity('release_courses')
@Index(['releaseId', 'slug'], { unique: true })
export class ReleaseCourseEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'release_id', type: 'uuid' }) releaseId: string;
  @ManyToOne(() => ReleaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'release_id' })
  release?: ReleaseEntity;
  @Column({ type: 'text' }) slug: string;
  @Column({ type: 'text', array: true }) modules: string[];
  @Column({ name: 'final_assessment', type: 'text', nullable: true }) finalAssessment: string | null;
  @Column({ type: 'jsonb' }) completion: Record<string, string>;
  @Column({ type: 'boolean' }) certificate: boolean;
  @Column({ type: 'jsonb' }) texts: LocalizedTexts;
}

@Entity('release_modules')
@Index(['releaseId', 'slug'], { unique: true })
export class ReleaseModuleEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'release_id', type: 'uuid' }) releaseId: string;
  @ManyToOne(() => ReleaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'release_id' })
  release?: ReleaseEntity;
  @Column({ type: 'text' }) slug: string;
  @Column({ type: 'text', array: true }) lessons: string[];
  @Column({ type: 'jsonb' }) texts: LocalizedTexts;
  /** Workshop plans: only hosts may read them. */
  @Column({ name: 'host_notes', type: 'jsonb' }) hostNotes: LocalizedTexts;
  /** Workshop kit (BundleModuleKit): hosts only; large, so read only when asked for. */
  @Column({ type: 'jsonb', nullable: true, select: false }) kit: BundleModuleKit | null;
}

@Entity('release_lessons')
@Index(['releaseId', 'moduleSlug', 'slug'], { unique: true })
export class ReleaseLessonEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'release_id', type: 'uuid' }) releaseId: string;
  @ManyToOne(() => ReleaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'release_id' })
  release?: ReleaseEntity;
  @Column({ name: 'module_slug', type: 'text' }) moduleSlug: string;
  @Column({ type: 'text' }) slug: string;
  @Column({ type: 'int' }) position: number;
  @Column({ type: 'int' }) minutes: number;
  @Column({ type: 'jsonb' }) sources: unknown[];
  @Column({ type: 'jsonb' }) texts: LocalizedTexts;
}

/** A module quiz or a final assessment. `questions` holds the answer keys: server-side only. */
@Entity('release_quizzes')
@Index(['releaseId', 'kind', 'slug'], { unique: true })
export class ReleaseQuizEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'release_id', type: 'uuid' }) releaseId: string;
  @ManyToOne(() => ReleaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'release_id' })
  release?: ReleaseEntity;
  @Column({ type: 'text' }) kind: 'module' | 'assessment';
  @Column({ type: 'text' }) slug: string;
  @Column({ type: 'jsonb' }) settings: Record<string, unknown>;
  @Column({ type: 'jsonb' }) questions: unknown[];
  @Column({ type: 'jsonb' }) texts: LocalizedTexts;
}

@Entity('release_practices')
@Index(['releaseId', 'slug'], { unique: true })
export class ReleasePracticeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'release_id', type: 'uuid' }) releaseId: string;
  @ManyToOne(() => ReleaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'release_id' })
  release?: ReleaseEntity;
  @Column({ type: 'text' }) slug: string;
  @Column({ type: 'text' }) organisation: string;
  @Column({ type: 'text' }) country: string;
  @Column({ type: 'text', nullable: true }) city: string | null;
  @Column({ type: 'int' }) year: number;
  @Column({ name: 'product_group', type: 'text' }) productGroup: string;
  @Column({ type: 'text', array: true }) strategies: string[];
  @Column({ type: 'text', nullable: true }) procedure: string | null;
  @Column({ type: 'jsonb' }) sources: unknown[];
  @Column({ type: 'text', array: true }) tags: string[];
  @Column({ type: 'jsonb' }) texts: LocalizedTexts;
}

/**
 * A practice's full-text index per offered locale, built from the text shown in that locale with
 * the text-search configuration of the shown language (stemming, stop words), so a French search
 * finds "réemploi" in "réemployés". Written by the release importer, read by the practices search.
 */
@Entity('release_practice_search')
// A GIN index created by hand in the migration (TypeORM cannot declare one).
@Index('release_practice_search_idx', { synchronize: false })
export class ReleasePracticeSearchEntity {
  @PrimaryColumn({ name: 'release_id', type: 'uuid' }) releaseId: string;
  @ManyToOne(() => ReleaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'release_id' })
  release?: ReleaseEntity;
  @PrimaryColumn({ type: 'text' }) slug: string;
  @PrimaryColumn({ type: 'text' }) locale: string;
  /** PostgreSQL text-search configuration, e.g. french, or academy_unaccent (see searchConfigFor). */
  @Column({ type: 'text' }) config: string;
  @Column({ name: 'search_vector', type: 'tsvector' }) searchVector: string;
}

@Entity('release_criteria_sets')
@Index(['releaseId', 'productGroup'], { unique: true })
export class ReleaseCriteriaSetEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'release_id', type: 'uuid' }) releaseId: string;
  @ManyToOne(() => ReleaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'release_id' })
  release?: ReleaseEntity;
  @Column({ name: 'product_group', type: 'text' }) productGroup: string;
  @Column({ type: 'jsonb' }) sources: unknown[];
  /** Structure: id, type, level per criterion. */
  @Column({ type: 'jsonb' }) criteria: unknown[];
  @Column({ type: 'jsonb' }) texts: LocalizedTexts;
}

export const releaseContentEntities = [
  ReleaseCourseEntity,
  ReleaseModuleEntity,
  ReleaseLessonEntity,
  ReleaseQuizEntity,
  ReleasePracticeEntity,
  ReleasePracticeSearchEntity,
  ReleaseCriteriaSetEntity,
];
