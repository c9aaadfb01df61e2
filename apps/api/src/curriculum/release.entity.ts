import type { BundleCourseKit } from '@academy/curriculum';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An immutable import of the curriculum folder (the core, or one edition), identified by its
 * version and content hash. Courses, enrolments, cohorts and certificates point at a release.
 */
@Entity('curriculum_releases')
@Index(['curriculumId', 'editionKey', 'version'], { unique: true })
export class ReleaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'curriculum_id', type: 'text' })
  curriculumId: string;

  /** The edition id, or '' for the core (so the unique index treats the core as one value). */
  @Column({ name: 'edition_key', type: 'text', default: '' })
  editionKey: string;

  @Column({ type: 'text' })
  version: string;

  @Column({ name: 'content_hash', type: 'text' })
  contentHash: string;

  @Column({ name: 'source_locale', type: 'text' })
  sourceLocale: string;

  @Column({ type: 'text', array: true })
  locales: string[];

  /** Manifest as bundled: fallbacks, edition name and LCC defaults. */
  @Column({ type: 'jsonb' })
  manifest: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  glossary: unknown[];

  @Column({ type: 'jsonb' })
  exercises: unknown[];

  /** Translation status per module × locale at import time, for editors. */
  @Column({ name: 'translation_status', type: 'jsonb' })
  translationStatus: Record<string, unknown>;

  /** Evaluation form and train-the-trainer guide (BundleCourseKit); hosts only, read when asked for. */
  @Column({ type: 'jsonb', nullable: true, select: false })
  kit: BundleCourseKit | null;

  @Column({ name: 'imported_at', type: 'timestamptz', default: () => 'now()' })
  importedAt: Date;
}
