import { Inject, Injectable } from '@nestjs/common';
import { exportXliff, loadCurriculum, type CurriculumModel } from '@academy/curriculum';
import { badInput } from '../common/errors.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { bundledCurriculumDir } from './release-source.js';

/**
 * XLIFF exports for translators, from the curriculum folder the academy runs. The folder is read
 * once per edition and kept in memory: the academy imports it at start-up and serves that
 * release until it restarts, so reading it again per call would only cost time and memory.
 */
@Injectable()
export class XliffService {
  private readonly models = new Map<string, CurriculumModel>();
  /** How often the folder was read; the tests check it stays at one per edition. */
  folderReads = 0;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  export(locale: string, module: string | undefined, edition: string | undefined): string {
    const model = this.model(edition);
    if (!model.locales.includes(locale)) {
      throw badInput(`locale ${locale} is not offered (offered: ${model.locales.join(', ')})`, [
        { field: 'locale', message: 'not offered by this curriculum' },
      ]);
    }
    return exportXliff(model, { locale, module });
  }

  private model(edition: string | undefined): CurriculumModel {
    const key = edition ?? '';
    const cached = this.models.get(key);
    if (cached) return cached;
    const root = this.config.curriculumDir || bundledCurriculumDir;
    this.folderReads++;
    const model = loadCurriculum(root, edition ? { edition } : {});
    this.models.set(key, model);
    return model;
  }
}
