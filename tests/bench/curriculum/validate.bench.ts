// Benchmark: validate + buildReleaseBundle on a generated curriculum of 50 modules × 6 locales.
// Run: node --conditions=@academy/source --import tsx tests/bench/curriculum/validate.bench.ts
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildReleaseBundle, checkCurriculum, sourceHash } from '@academy/curriculum';

const MODULES = 50;
const LESSONS = 4;
const LOCALES = ['en', 'nl', 'de', 'fr', 'es', 'it'];

function generate(root: string): number {
  let files = 0;
  const write = (rel: string, text: string) => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
    files++;
    return text;
  };
  /** Writes the English file and a translation per locale that records its hash. */
  const texts = (base: string, ext: 'yaml' | 'md', en: string, tr: (l: string, hash: string) => string) => {
    const hash = sourceHash(write(`${base}.en.${ext}`, en));
    for (const l of LOCALES.slice(1)) write(`${base}.${l}.${ext}`, tr(l, hash));
  };
  write('curriculum.yaml', `id: bench\nversion: 1.0.0\nsourceLocale: en\nlocales: [${LOCALES.join(', ')}]\n`);
  write('CHANGELOG.md', '# Changelog\n\n## [1.0.0] - 2026-01-01\n- Bench.\n');
  const terms = 'terms:\n  lcc:\n    term: life-cycle costing\n    definition: All costs over the life.\n';
  texts('glossary/glossary', 'yaml', terms, (_l, h) => `sourceHash: ${h}\n${terms}`);
  const mods = Array.from({ length: MODULES }, (_, i) => `module-${i + 1}`);
  write('courses/bench.yaml', `slug: bench\nmodules: [${mods.join(', ')}]\ncertificate: true\n`);
  texts('courses/bench', 'yaml', 'title: Bench\nsummary: A generated course.\n', (l, h) => `sourceHash: ${h}\ntitle: Bench ${l}\nsummary: Generated.\n`);
  const lessonBody = (n: number) =>
    `\n## Section\n\nParagraph with [[term:lcc]] and a [link](lesson:module-1/lesson-1).\n\n::: callout tip\nTip ${n}.\n:::\n\n` +
    'Some more text. '.repeat(60) + '\n';
  for (const m of mods) {
    const lessons = Array.from({ length: LESSONS }, (_, i) => `lesson-${i + 1}`);
    write(`modules/${m}/module.yaml`, `slug: ${m}\nlessons: [${lessons.join(', ')}]\nquiz:\n  passMark: 0.8\n`);
    texts(`modules/${m}/module`, 'yaml', `title: ${m}\nsummary: About ${m}.\n`, (l, h) => `sourceHash: ${h}\ntitle: ${m} ${l}\nsummary: Over.\n`);
    lessons.forEach((lesson, i) => {
      texts(`modules/${m}/lessons/${lesson}`, 'md',
        `---\ntitle: ${lesson}\nminutes: 10\nobjectives: [Learn]\nsources:\n  - { title: Source, url: 'https://example.org' }\n---\n${lessonBody(i)}`,
        (l, h) => `---\ntitle: ${lesson} ${l}\nsourceHash: ${h}\n---\n${lessonBody(i)}`);
    });
    const q = Array.from({ length: 10 }, (_, i) => `  - { id: q${i}, type: single, options: [a, b, c], answer: b }`).join('\n');
    write(`modules/${m}/quiz.yaml`, `questions:\n${q}\n`);
    const qt = Array.from({ length: 10 }, (_, i) => `  q${i}: { prompt: Question ${i}?, options: { a: A, b: B, c: C } }`).join('\n');
    texts(`modules/${m}/quiz`, 'yaml', `questions:\n${qt}\n`, (_l, h) => `sourceHash: ${h}\nquestions:\n${qt}\n`);
  }
  return files;
}

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
