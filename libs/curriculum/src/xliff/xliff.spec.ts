import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FixtureCopy } from '../../test/fixture.js';
import { readCurriculum } from '../loader/load.js';
import { translationStatus } from '../translation/status.js';
import { exportXliff } from './export.js';
import { importXliff } from './import.js';
import { elements } from './xml.js';

let fx: FixtureCopy;
afterEach(() => fx?.cleanup());

/** Fills every empty or stale target with a marked copy of the source, as a translator's tool would. */
function fillTargets(xml: string): string {
  return xml.replace(/<segment state="[a-z]+">\n(\s*)<source>([\s\S]*?)<\/source>(\n\s*<target>[\s\S]*?<\/target>)?/g,
    (_m, indent: string, source: string) => `<segment state="final">\n${indent}<source>${source}</source>\n${indent}<target>${source}</target>`);
}

describe('XLIFF 2.0 export / import', () => {
  it('exports one unit per segment with the source hash and states reflecting status', () => {
    fx = new FixtureCopy();
    const xml = exportXliff(readCurriculum(fx.root).model, { locale: 'nl', module: 'intro' });
    expect(xml).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="nl">');
    const files = elements(xml, 'file');
    expect(files.map((f) => f.attrs['original'])).toEqual([
      'modules/intro/module.en.yaml', 'modules/intro/lessons/first.en.md', 'modules/intro/lessons/second.en.md',
      'modules/intro/quiz.en.yaml', 'modules/intro/host-notes.en.md',
    ]);
    expect(xml).toContain('<unit id="fm.title">');
    expect(xml).toContain('<unit id="questions.linear-definition.options.b">');
    expect(xml).toMatch(/<segment state="final">\s*<source>Linear versus circular<\/source>\s*<target>Lineair versus circulair<\/target>/);
    expect(xml).toMatch(/<segment state="initial">\s*<source>Public buying power<\/source>\s*<\/segment>/);
  });

  it('round-trips: export → fill targets → import → validate clean → status complete', () => {
    fx = new FixtureCopy();
    const out = join(fx.root, 'de.xlf');
    writeFileSync(out, fillTargets(exportXliff(readCurriculum(fx.root).model, { locale: 'de' })));
    const report = importXliff(fx.root, out);
    expect(report.ok).toBe(true);
    expect(report.incomplete).toEqual([]);
    expect(report.written).toContain('modules/intro/lessons/first.de.md');
    fx.remove('de.xlf');
    expect(fx.problems()).toEqual({ errors: [], warnings: [] });
    const status = translationStatus(readCurriculum(fx.root).model, { locale: 'de' });
    expect(status.summary[0]).toMatchObject({ locale: 'de', percent: 100, outdated: 0, missing: 0 });
    expect(readFileSync(join(fx.root, 'modules/intro/lessons/first.de.md'), 'utf8')).toContain('::: callout tip\nAsk what happens');
  });

  it('refuses, writing nothing, when a source changed after export', () => {
    fx = new FixtureCopy();
    const out = join(fx.root, 'de.xlf');
    writeFileSync(out, fillTargets(exportXliff(readCurriculum(fx.root).model, { locale: 'de' })));
    fx.replace('modules/intro/lessons/first.en.md', 'A linear purchase ends as waste.', 'A linear purchase ends in a landfill.');
    const report = importXliff(fx.root, out);
    expect(report.ok).toBe(false);
    expect(report.written).toEqual([]);
    expect(report.lines.join('\n')).toMatch(/refused modules\/intro\/lessons\/first\.en\.md: source changed since export .*body\.2/);
    expect(() => fx.read('modules/intro/module.de.yaml')).toThrow();
  });
});
