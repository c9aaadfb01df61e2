// Writes a migration with the SQL that brings a database migrated to the latest committed
// migration in line with the entities. Review the file before committing it.
// Usage: npm run migration:generate -w @academy/api -- <PascalCaseName>
// Needs a PostgreSQL server: DATABASE_URL, else the machine's server on 127.0.0.1:5432.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { parseCommandLine, UsageError } from '../src/cli/args.js';
import { openDataSource, migrate } from '../src/database/data-source.js';

const usage = 'Usage: generate-migration <PascalCaseName>';
let name: string | undefined;
try {
  const { positionals } = parseCommandLine({ allowPositionals: true, options: {} });
  name = positionals.length === 1 ? positionals[0] : undefined;
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  console.error(e.message);
}
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error(usage);
  process.exit(2);
}
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const scratch = `academy_migration_${Date.now()}`;
const admin = new pg.Client(serverUrl);
await admin.connect();
await admin.query(`CREATE DATABASE ${scratch}`);
try {
  const url = new URL(serverUrl);
  url.pathname = `/${scratch}`;
  const ds = await openDataSource(url.toString());
  await migrate(ds);
  const sql = await ds.driver.createSchemaBuilder().log();
  await ds.destroy();
  if (sql.upQueries.length === 0) {
    console.log('Entities and migrations agree: nothing to generate.');
  } else {
    const stamp = Date.now();
    const q = (s: string) => '`' + s.replace(/`/g, '\\`') + '`';
    const up = sql.upQueries.map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
    const down = sql.downQueries
      .reverse()
      .map((x) => `    await queryRunner.query(${q(x.query)});`)
      .join('\n');
    const file = join(import.meta.dirname, '../src/database/migrations', `${stamp}-${name}.ts`);
    writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${stamp} implements MigrationInterface {\n  name = '${name}${stamp}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    console.log(`Wrote ${file}; add it to src/database/migrations/index.ts`);
  }
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
  await admin.end();
}
