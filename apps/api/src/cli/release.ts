// `npm run curriculum -- release [--edition ID] [--root DIR]`: validates the curriculum folder and
// imports it into PostgreSQL as immutable releases (the core and every edition, or one edition).
import 'reflect-metadata';
import { resolve } from 'node:path';
import { describeOutcome, importCurriculumFolder } from '../curriculum/import-bundled.js';
import type { ImportProgress } from '../curriculum/release-importer.js';
import { bundledCurriculumDir, CurriculumInvalidError } from '../curriculum/release-source.js';
import { ConfigError, loadConfig } from '../config/config.js';
import { migrate, openDataSource } from '../database/data-source.js';
import { selectDatabase } from '../database/select-database.js';
import { parseCommandLine, UsageError } from './args.js';

const usage = 'Usage: npm run curriculum -- release [--edition ID] [--root DIR]';

function progressBar(label: string): ImportProgress {
  return (step, done, total) => {
    const width = 24;
    const filled = Math.round((done / total) * width);
    const line = `${label.padEnd(22)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round((done / total) * 100)).padStart(3)}% ${step}`;
    process.stderr.write(process.stderr.isTTY ? `\r${line.padEnd(70)}` : `${line}\n`);
    if (done === total && process.stderr.isTTY) process.stderr.write('\n');
  };
}

async function main(): Promise<number> {
  const { values } = parseCommandLine({
    options: { edition: { type: 'string' }, root: { type: 'string' } },
  });
  const config = loadConfig();
  const root = resolve(values.root ?? config.curriculumDir ?? bundledCurriculumDir);
  const database = await selectDatabase(config);
  try {
    const ds = await openDataSource(database.url);
    try {
      await migrate(ds);
      const outcomes = await importCurriculumFolder(ds, root, {
        edition: values.edition,
        progress: progressBar,
      });
      for (const outcome of outcomes) console.log(describeOutcome(outcome));
      return 0;
    } finally {
      await ds.destroy();
    }
  } finally {
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${usage}`);
      process.exit(2);
    }
    if (error instanceof ConfigError || error instanceof CurriculumInvalidError)
      console.error(error.message);
    else console.error(`Release failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
