import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { createApp } from './bootstrap.js';
import { JsonLogger } from './common/logger.js';
import { ConfigError, loadConfig, type AppConfig } from './config/config.js';
import { startupWarnings } from './config/startup-warnings.js';
import { migrate, openDataSource } from './database/data-source.js';
import { selectDatabase, type SelectedDatabase } from './database/select-database.js';
import { describeOutcome, importCurriculumFolder } from './curriculum/import-bundled.js';
import { bundledCurriculumDir } from './curriculum/release-source.js';

async function main() {
  let config: AppConfig;
  let database: SelectedDatabase;
  try {
    config = loadConfig();
    database = await selectDatabase(config);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(
        `${error.message}\nThe academy did not start. Fix the variables above (see README.md).\n`,
      );
      process.exit(1);
    }
    throw error;
  }
  const logger = new JsonLogger(config.logLevel);
  logger.log({ msg: `Using ${database.description}` }, 'database');
  for (const msg of startupWarnings(config)) logger.warn({ msg }, 'config');
  const shutdown = async (code: number) => {
    await database.stop();
    process.exit(code);
  };
  try {
    const ds = await openDataSource(database.url);
    const applied = await migrate(ds);
    logger.log(
      {
        msg: applied.length
          ? `Applied migrations: ${applied.join(', ')}`
          : 'Database schema is up to date',
      },
      'database',
    );
    await importBundledCurriculum(ds, config.curriculumDir ?? bundledCurriculumDir, logger);
    await ds.destroy();

    const app = await createApp(config, database.url, logger);
    await app.listen(config.port, config.host);
    logger.log({ msg: `Academy listening on http://localhost:${config.port}` }, 'main');
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        void app.close().finally(() => shutdown(0));
      });
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    logger.error(
      { msg: `Start-up failed: ${message}` },
      error instanceof Error ? error.stack : undefined,
      'main',
    );
    await shutdown(1);
  }
}

/**
 * The bundled curriculum is imported at start-up so a fresh academy shows its course at once.
 * A broken folder is logged and skipped: the academy keeps serving the releases it has.
 */
async function importBundledCurriculum(ds: DataSource, root: string, logger: JsonLogger) {
  if (root === '') return;
  try {
    for (const outcome of await importCurriculumFolder(ds, root))
      logger.log({ msg: describeOutcome(outcome) }, 'curriculum');
  } catch (error) {
    logger.error(
      { msg: `Curriculum not imported: ${error instanceof Error ? error.message : String(error)}` },
      undefined,
      'curriculum',
    );
  }
}

void main();
