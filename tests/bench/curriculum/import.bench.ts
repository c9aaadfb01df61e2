// Benchmark: validate + bundle + import into PostgreSQL of a generated curriculum (50 modules × 6
// locales), first import and an unchanged re-import. Prints the figures; target: under 2 s.
// Run: node --conditions=@academy/source --import tsx tests/bench/curriculum/import.bench.ts
// Uses TEST_DATABASE_URL's server when set, else an embedded PostgreSQL.
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importCurriculumFolder } from '../../../apps/api/src/curriculum/import-bundled.js';
import { migrate, openDataSource } from '../../../apps/api/src/database/data-source.js';
import { createDatabase, provisionTestServer } from '../../../apps/api/test/test-database.js';
import { generateCurriculum, LESSONS, LOCALES, MODULES } from './generate.js';

const root = mkdtempSync(join(tmpdir(), 'curriculum-import-bench-'));
const server = await provisionTestServer();
const db = await createDatabase(server.serverUrl, 'academy_bench');
try {
  const files = generateCurriculum(root);
  const ds = await openDataSource(db.url);
  await migrate(ds);
  const t0 = performance.now();
  const [first] = await importCurriculumFolder(ds, root);
  const t1 = performance.now();
  const [again] = await importCurriculumFolder(ds, root);
  const t2 = performance.now();
  await ds.destroy();
  console.log(`curriculum import bench: ${MODULES} modules × ${LESSONS} lessons × ${LOCALES.length} locales = ${files} files`);
  console.log(`validate + bundle + import (${first?.status}, ${first?.status === 'imported' ? first.rows : 0} rows): ${(t1 - t0).toFixed(0)} ms (target < 2000 ms)`);
  console.log(`re-import of the unchanged folder (${again?.status}):           ${(t2 - t1).toFixed(0)} ms`);
  process.exitCode = t1 - t0 < 2000 ? 0 : 1;
} finally {
  await db.drop();
  await server.stop();
  rmSync(root, { recursive: true, force: true });
}
