import { Inject, Injectable } from '@nestjs/common';
import {
  loadCurriculum,
  TranslationMemory,
  workspaceFiles,
  type CurriculumModel,
  type WorkspaceFile,
} from '@academy/curriculum';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { bundledCurriculumDir, editionIds } from '../curriculum/index.js';
import { notFound } from '../common/errors.js';

interface EditionLocale {
  files: WorkspaceFile[];
  bySource: Map<string, WorkspaceFile>;
  /** Segments the repository's translation files hold (current ones): the memory's base. */
  memory: TranslationMemory;
}

/**
 * The curriculum folder the academy runs, per edition, as the workspace reads it. Like the XLIFF
 * export, each edition is read once and kept: the folder only changes with a deployment, and
 * every replica reads the same files, so this cache holds nothing another replica lacks.
 */
@Injectable()
export class CurriculumFolder {
  private readonly models = new Map<string, CurriculumModel>();
  private readonly perLocale = new Map<string, EditionLocale>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get root(): string {
    return this.config.curriculumDir || bundledCurriculumDir;
  }

  editions(): string[] {
    return editionIds(this.root);
  }

  /** The edition's model (core overlaid with the edition); NOT_FOUND for an unknown edition. */
  model(edition: string): CurriculumModel {
    const cached = this.models.get(edition);
    if (cached) return cached;
    if (!this.editions().includes(edition)) throw notFound(`Edition "${edition}"`);
    const model = loadCurriculum(this.root, { edition });
    this.models.set(edition, model);
    return model;
  }

  private coreModel(): CurriculumModel {
    const cached = this.models.get('');
    if (cached) return cached;
    const model = loadCurriculum(this.root);
    this.models.set('', model);
    return model;
  }

  /** Locales an editor can translate the edition into (all it offers but the source). */
  locales(edition: string): string[] {
    const model = this.model(edition);
    return model.locales.filter((l) => l !== model.sourceLocale);
  }

  files(edition: string, locale: string): EditionLocale {
    const key = `${edition}\u0000${locale}`;
    const cached = this.perLocale.get(key);
    if (cached) return cached;
    if (!this.locales(edition).includes(locale))
      throw notFound(`Locale "${locale}" of edition "${edition}"`);
    const files = workspaceFiles(this.model(edition), locale);
    const memory = new TranslationMemory();
    // The core's translations too: they translate the core texts an edition replaced.
    const core = this.coreModel();
    const coreFiles = core.locales.includes(locale) ? workspaceFiles(core, locale) : [];
    for (const f of [...files, ...coreFiles]) {
      if (f.fileState !== 'complete') continue;
      for (const s of f.segments)
        if (s.fileTarget !== undefined)
          memory.add({ source: s.source, target: s.fileTarget, origin: f.targetPath });
    }
    const entry = { files, bySource: new Map(files.map((f) => [f.sourcePath, f])), memory };
    this.perLocale.set(key, entry);
    return entry;
  }
}
