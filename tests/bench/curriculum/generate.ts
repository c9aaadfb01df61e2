// A generated curriculum of 50 modules × 4 lessons × 6 locales, for the curriculum benchmarks.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sourceHash } from '@academy/curriculum';

export const MODULES = 50;
export const LESSONS = 4;
export const LOCALES = ['en', 'nl', 'de', 'fr', 'es', 'it'];

/** Writes the folder into `root` and returns the number of files. */
export function generateCurriculum(root: string): number {
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
