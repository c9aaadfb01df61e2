import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FixtureCopy } from '../../test/fixture.js';
import { loadCurriculum } from '../loader/load.js';
import { exportXliff } from '../xliff/export.js';
import { checkSegment } from './check.js';
import { workspaceFiles, wordCount } from './files.js';
import { TranslationMemory } from './memory.js';

const model = loadCurriculum(join(import.meta.dirname, '../../test/fixtures/valid'), { edition: 'town' });

describe('workspace files', () => {
  it('cuts files into the XLIFF export’s units, in the same order', () => {
    const files = workspaceFiles(model, 'nl');
    const units = [...exportXliff(model, { locale: 'nl' }).matchAll(/<unit id="([^"]+)"/g)].map((m) => m[1]);
    expect(files.flatMap((f) => f.segments.map((s) => s.id))).toEqual(units);
    const first = files.find((f) => f.sourcePath === 'modules/intro/lessons/first.en.md')!;
    expect(first).toMatchObject({ fileState: 'complete', targetPath: 'modules/intro/lessons/first.nl.md' });
    expect(first.segments.find((s) => s.id === 'body.1')?.fileTarget).toBe('## Nemen, maken, weggooien');
  });

  it('does not take the core’s translation of a file an edition replaced as the edition’s', () => {
    const fx = new FixtureCopy().write('modules/intro/lessons/second.nl.md', '---\ntitle: Tweede les\nsourceHash: aaaaaaaaaaaaaaaa\n---\n\nTekst.\n');
    try {
      const files = workspaceFiles(loadCurriculum(fx.root, { edition: 'town' }), 'nl');
      const second = files.find((f) => f.sourcePath === 'modules/intro/lessons/second.en.md')!;
      expect(second.displayPath).toBe('editions/town/modules/intro/lessons/second.en.md');
      expect(second.fileState).toBe('missing');
      expect(second.segments.every((s) => s.fileTarget === undefined)).toBe(true);
      const core = workspaceFiles(loadCurriculum(fx.root), 'nl').find((f) => f.sourcePath === second.sourcePath)!;
      expect(core.fileState).toBe('outdated');
      expect(core.segments.find((s) => s.id === 'fm.title')?.fileTarget).toBe('Tweede les');
    } finally {
      fx.cleanup();
    }
  });

  it('counts words without Markdown punctuation', () => {
    expect(wordCount('## Take, make, dispose')).toBe(3);
    expect(wordCount('See [a case](practice:x) — **now**.')).toBe(5);
  });
});

describe('translation memory', () => {
  const tm = new TranslationMemory([
    { source: 'The town buys light as a service.', target: 'De gemeente koopt licht als dienst.', origin: 'a' },
    { source: 'Chairs are refurbished.', target: 'Stoelen worden opgeknapt.', origin: 'b' },
  ]);

  it('ranks a close source high and the same source 100', () => {
    expect(tm.suggest('The town buys light as a service.')[0]).toMatchObject({ score: 100, origin: 'a' });
    const close = tm.suggest('The city buys light as a service.');
    expect(close).toHaveLength(1);
    expect(close[0]!.score).toBeGreaterThan(85);
    expect(close[0]!.score).toBeLessThan(100);
  });

  it('offers nothing below the threshold or when excluded', () => {
    expect(tm.suggest('Completely different words here.')).toEqual([]);
    expect(tm.suggest('The town buys light as a service.', { exclude: (e) => e.origin === 'a' })).toEqual([]);
  });
});

describe('segment checks', () => {
  const lesson = (target: string, source = 'Read [the next lesson](lesson:intro/second).') => checkSegment(model, 'lesson', 'body.3', source, target).map((p) => p.message);

  it('uses the validator’s messages for broken references', () => {
    expect(lesson('Lees [de les](lesson:intro/nope).')).toContain('broken link: lesson "intro/nope" does not exist');
    expect(lesson('Lees [de volgende les](lesson:intro/second).')).toEqual([]);
  });

  it('keeps the structure: headings, blank lines, directives, one-line fields', () => {
    expect(lesson('# Titel', '## Title')).toEqual(['headings start at ## (the title comes from the front matter)', 'the source is a level-2 heading (##); keep it']);
    expect(lesson('::: callout tip', 'Text')).toEqual([
      '::: lines belong to the file structure and cannot be part of a segment',
      '::: callout is never closed with :::',
    ]);
    expect(checkSegment(model, 'lesson', 'fm.title', 'Title', 'Titel\nmeer').map((p) => p.message)).toEqual(['this text is one line in the source; remove the line breaks']);
    expect(checkSegment(model, 'lesson', 'fm.title', 'Title', ' ').map((p) => p.message)).toEqual(['the translation is empty']);
  });
});
