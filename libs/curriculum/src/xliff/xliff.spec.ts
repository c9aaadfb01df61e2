import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FixtureCopy } from '../../test/fixture.js';
import { readCurriculum } from '../loader/load.js';
import { translationStatus } from '../translation/status.js';
import { exportXliff } from './export.js';
import { importXliff } from './import.js';
import { childElements, parseXml } from './xml.js';

const XLIFF = 'urn:oasis:names:tc:xliff:document:2.0';

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
    const files = childElements(parseXml(xml), XLIFF, 'file');
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

  it('imports what translation tools write: prefixes, comments, groups, <mrk>, CDATA, entities, split segments', () => {
    // The same translation, once as plain XLIFF and once rewritten the way CAT tools do.
    const plain = new FixtureCopy();
    const tooled = new FixtureCopy();
    try {
      const exported = fillTargets(exportXliff(readCurriculum(plain.root).model, { locale: 'de' }));
      writeFileSync(join(plain.root, 'de.xlf'), exported);
      const rewritten = asTranslationTool(exported);
      for (const feature of ['<![CDATA[', '<x:mrk ', '<x:sm ', '&#101;', '<x:ignorable>', '<x:group ', '<mda:meta ', '<!-- '])
        expect(rewritten, feature).toContain(feature);
      writeFileSync(join(tooled.root, 'de.xlf'), rewritten);
      const expected = importXliff(plain.root, join(plain.root, 'de.xlf'));
      const report = importXliff(tooled.root, join(tooled.root, 'de.xlf'));
      expect(report).toMatchObject({ ok: true, refused: [], incomplete: [] });
      expect(report.written).toEqual(expected.written);
      expect(report.written.length).toBeGreaterThan(3);
      for (const path of report.written) expect(tooled.read(path), path).toBe(plain.read(path));
    } finally {
      plain.cleanup();
      tooled.cleanup();
    }
  });

  it('refuses, naming file, unit and position, what it cannot write back', () => {
    fx = new FixtureCopy();
    const out = join(fx.root, 'de.xlf');
    const xml = fillTargets(exportXliff(readCurriculum(fx.root).model, { locale: 'de' }));
    const refusal = (text: string) => {
      writeFileSync(out, text);
      const report = importXliff(fx.root, out);
      expect(report.ok).toBe(false);
      expect(report.written).toEqual([]);
      return report.lines.join('\n');
    };
    expect(refusal(xml.replace('<target>Linear versus circular</target>', '<target>Linear <ph id="1"/> circular</target>'))).toMatch(
      /^refused modules\/intro\/lessons\/first\.en\.md: unit fm\.title: inline code <ph> in <target> cannot be written back/m,
    );
    expect(refusal(xml.replace('</notes>', '</notes>\n    <unit id="x">\n'))).toMatch(/: not well-formed XML at line \d+, column \d+: /);
    expect(refusal(xml.replace('<target>Linear versus circular</target>', '<target>Linear&nbsp;versus circular</target>'))).toMatch(
      /: not well-formed XML at line \d+, column \d+: entity "&nbsp;" is not defined in XML/,
    );
    expect(refusal(xml.replace('xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0"', 'xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"'))).toMatch(
      /not an XLIFF 2\.0 document \(found version 1\.2/,
    );
  });
});

/** What CAT tools do to a file: a prefixed namespace, comments, foreign metadata, groups, inline markup, segmentation. */
function asTranslationTool(xml: string): string {
  let n = 0;
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const target = (text: string) => {
    n++;
    if (n % 3 === 0 && !text.includes(']]>')) return `<x:target><![CDATA[${unescape(text)}]]></x:target>`;
    if (n % 3 === 1) return `<x:target><x:mrk id="m${n}" type="term"><x:sm id="s${n}" type="comment" value="checked"/>${text}</x:mrk><!-- ok --></x:target>`;
    return `<x:target>${text.replace(/e/g, '&#101;').replace(/ /g, '&#x20;')}</x:target>`;
  };
  return xml
    .replace(/<(\/?)(xliff|file|notes|note|unit|segment|source|target)\b/g, '<$1x:$2')
    .replace('xmlns="urn:oasis:names:tc:xliff:document:2.0"', 'xmlns:x="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0"')
    .replace('?>', '?>\n<!-- Generated by a CAT tool: <x:unit id="nope"> --><?tool build="7"?>')
    .replace(/(<x:file [^>]*>)/g, '$1\n    <mda:metadata><mda:metaGroup><mda:meta type="tool">ok</mda:meta></mda:metaGroup></mda:metadata>')
    .replace(/<\/x:notes>/g, '</x:notes>\n    <x:group id="g">')
    .replace(/<\/x:file>/g, '</x:group></x:file>')
    .replace(/<x:segment state="final">\s*<x:source>([^<]*)<\/x:source>\s*<x:target>([^<]*)<\/x:target>\s*<\/x:segment>/g, (_m, source: string, text: string) => {
      const cut = source.indexOf(' ');
      if (cut < 0 || n % 2) return `<x:segment state="final"><x:source>${source}</x:source>${target(text)}</x:segment>`;
      return `<x:segment><x:source>${source.slice(0, cut)}</x:source>${target(text.slice(0, cut))}</x:segment><x:ignorable><x:source> </x:source></x:ignorable>` +
        `<x:segment><x:source>${source.slice(cut + 1)}</x:source>${target(text.slice(cut + 1))}</x:segment>`;
    });
}
