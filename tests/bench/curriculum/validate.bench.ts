// Benchmark: validate + buildReleaseBundle on a generated curriculum of 50 modules × 6 locales.
// Run: node --conditions=@academy/source --import tsx tests/bench/curriculum/validate.bench.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReleaseBundle, checkCurriculum } from '@academy/curriculum';
import { generateCurriculum as generate, LESSONS, LOCALES, MODULES } from './generate.js';

const root = mkdtempSync(join(tmpdir(), 'curriculum-bench-'));
try {
  const files = generate(root);
  const t0 = performance.now();
  const { model, errors, warnings } = checkCurriculum(root);
  const t1 = performance.now();
  const bundle = buildReleaseBundle(model);
  const t2 = performance.now();
  const json = JSON.stringify(bundle);
  const t3 = performance.now();
  if (errors.length) throw new Error(`generated curriculum has errors:\n${errors.slice(0, 5).map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n')}`);
  console.log(`curriculum bench: ${MODULES} modules × ${LESSONS} lessons × ${LOCALES.length} locales = ${files} files`);
  console.log(`validate (load + all rules): ${(t1 - t0).toFixed(0)} ms (${warnings.length} warnings)`);
  console.log(`buildReleaseBundle:          ${(t2 - t1).toFixed(0)} ms (${bundle.lessons.length} lessons, ${(json.length / 1e6).toFixed(1)} MB JSON in ${(t3 - t2).toFixed(0)} ms)`);
  console.log(`total:                       ${(t2 - t0).toFixed(0)} ms (target < 2000 ms)`);
  process.exitCode = t2 - t0 < 2000 ? 0 : 1;
} finally {
  rmSync(root, { recursive: true, force: true });
}
