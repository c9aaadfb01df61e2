import 'reflect-metadata';
import { createApp } from './bootstrap.js';
import { JsonLogger } from './common/logger.js';
import { ConfigError, loadConfig, type AppConfig } from './config/config.js';
import { migrate, openDataSource } from './database/data-source.js';
import { selectDatabase } from './database/select-database.js';

async function main() {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nThe academy did not start. Fix the variables above (see README.md).\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = new JsonLogger(config.logLevel);
  const database = await selectDatabase(config);
  logger.log({ msg: `Using ${database.description}` }, 'database');
  const shutdown = async (code: number) => {
    await database.stop();
    process.exit(code);
  };
  try {
    const ds = await openDataSource(database.url);
    const applied = await migrate(ds);
    await ds.destroy();
    logger.log({ msg: applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date' }, 'database');

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
    logger.error({ msg: `Start-up failed: ${message}` }, error instanceof Error ? error.stack : undefined, 'main');
    await shutdown(1);
  }
}

void main();
