import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

// The feature-boundary lint rule (eslint.config.mjs, docs/decisions/0009) proves what it claims:
// each case lints a one-line file placed in the folder named, with the repository's config.
const root = join(import.meta.dirname, '../../..');
// The sample files exist only in memory, so no TypeScript project holds them: lint them without
// the type-aware rules (the boundary rule needs no types).
const eslint = new ESLint({ cwd: root, overrideConfig: [tseslint.configs.disableTypeChecked] });

async function refused(file: string, code: string): Promise<boolean> {
  const [result] = await eslint.lintText(`${code}\nexport const used = [x];\n`, {
    filePath: join(root, 'apps/api/src', file),
  });
  return result!.messages.some((m) => m.ruleId === 'no-restricted-imports');
}

describe('feature boundaries in apps/api', () => {
  it('refuse another feature’s entities and internal services', async () => {
    expect(
      await refused(
        'cohorts/schedule/x.ts',
        `import { UserEntity as x } from '../../identity/user.entity.js';`,
      ),
    ).toBe(true);
    expect(
      await refused(
        'learning/x.ts',
        `import { ReleaseService as x } from '../curriculum/release.service.js';`,
      ),
    ).toBe(true);
    expect(
      await refused(
        'cohorts/reporting/dto/x.ts',
        `import { CohortEnrolments as x } from '../../../learning/cohort-enrolments.service.js';`,
      ),
    ).toBe(true);
  });

  it('allow a feature’s public entry and its own files', async () => {
    expect(
      await refused(
        'cohorts/schedule/x.ts',
        `import { IdentityService as x } from '../../identity/index.js';`,
      ),
    ).toBe(false);
    expect(
      await refused(
        'cohorts/schedule/x.ts',
        `import { CohortEntity as x } from '../cohort.entity.js';`,
      ),
    ).toBe(false);
    expect(
      await refused(
        'certificates/x.ts',
        `import { LearningModule as x } from '../learning/learning.module.js';`,
      ),
    ).toBe(false);
  });

  it('let entities relate to other features’ entities (foreign keys), and only entities', async () => {
    expect(
      await refused(
        'cohorts/x.entity.ts',
        `import { UserEntity as x } from '../identity/user.entity.js';`,
      ),
    ).toBe(false);
    expect(
      await refused(
        'cohorts/x.service.ts',
        `import { UserEntity as x } from '../identity/user.entity.js';`,
      ),
    ).toBe(true);
  });

  it('keep common, config and database free of features', async () => {
    expect(
      await refused('common/x.ts', `import { IdentityService as x } from '../identity/index.js';`),
    ).toBe(true);
    expect(
      await refused('config/x.ts', `import { JobsService as x } from '../jobs/index.js';`),
    ).toBe(true);
    expect(
      await refused(
        'database/x.ts',
        `import { CohortEntity as x } from '../cohorts/cohort.entity.js';`,
      ),
    ).toBe(true);
    expect(await refused('common/x.ts', `import { AppError as x } from './errors.js';`)).toBe(
      false,
    );
  });

  it('keep raw SQL in read models where the data-access decision applies (0008)', async () => {
    const rawSql = async (file: string) => {
      const [result] = await eslint.lintText(
        `export const q = (ds: { query(sql: string): unknown }) => ds.query('SELECT 1');\n`,
        { filePath: join(root, 'apps/api/src', file) },
      );
      return result!.messages.some((m) => m.ruleId === 'no-restricted-syntax');
    };
    expect(await rawSql('cohorts/schedule/new.service.ts')).toBe(true);
    expect(await rawSql('identity/new.service.ts')).toBe(true);
    expect(await rawSql('cohorts/reporting/new.read-model.ts')).toBe(false);
  });
});
