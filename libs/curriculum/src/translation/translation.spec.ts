import { afterEach, describe, expect, it } from 'vitest';
import { FixtureCopy } from '../../test/fixture.js';
import { readCurriculum } from '../loader/load.js';
import { confirmTranslation, setTopLevelKey } from './confirm.js';
import { sourceHash } from './hash.js';
import { reviewTranslation } from './review.js';
import { buildReleaseBundle } from '../release/bundle.js';
import { resolveLocaleChain, resolveLocalized } from './locale-chain.js';
import { translationStatus } from './status.js';

let fx: FixtureCopy;
afterEach(() => fx?.cleanup());

const statusOf = (root: string, edition?: string) => translationStatus(readCurriculum(root, { edition }).model, { locale: 'nl' });
const outdatedPaths = (root: string) => statusOf(root).rows.flatMap((r) => r.items).filter((i) => i.state === 'outdated').map((i) => i.path);

describe('sourceHash', () => {
  it('is the first 16 hex of SHA-256 and ignores CRLF vs LF', () => {
    expect(sourceHash('abc')).toBe('ba7816bf8f01cfea');
    expect(sourceHash('a\r\nb\r\n')).toBe(sourceHash('a\nb\n'));
    expect(sourceHash(Buffer.from('a\r\nb'))).toBe(sourceHash('a\nb'));
  });
});

describe('translationStatus + confirm', () => {
  it('changing one English lesson flips exactly its translation to outdated; confirm flips it back', () => {
    fx = new FixtureCopy();
    expect(outdatedPaths(fx.root)).toEqual([]);
    const intro = () => statusOf(fx.root).rows.find((r) => r.kind === 'module' && r.id === 'intro');
    expect(intro()).toMatchObject({ status: 'partial', complete: 3, outdated: 0, missing: 2, total: 5 });
    fx.replace('modules/intro/lessons/first.en.md', 'A linear purchase ends as waste.', 'A linear purchase ends in a landfill.');
    expect(outdatedPaths(fx.root)).toEqual(['modules/intro/lessons/first.nl.md']);
    expect(intro()).toMatchObject({ status: 'outdated', complete: 2, outdated: 1 });
    const before = fx.read('modules/intro/lessons/first.nl.md');
    const r = confirmTranslation(fx.root, 'modules/intro/lessons/first.nl.md');
    expect(r.changed).toBe(true);
    expect(outdatedPaths(fx.root)).toEqual([]);
    // Only the sourceHash line changed.
    const after = fx.read('modules/intro/lessons/first.nl.md');
    expect(after.split('\n').filter((l, i) => l !== before.split('\n')[i])).toEqual([`sourceHash: ${r.sourceHash}`]);
  });

  it('summarises per locale with a percentage', () => {
    fx = new FixtureCopy();
    const s = statusOf(fx.root);
    expect(s.summary).toEqual([{ locale: 'nl', complete: 6, outdated: 0, missing: 8, unreviewed: 6, total: 14, percent: 42.9 }]);
  });

  it('shows edition overrides that are behind the core', () => {
    fx = new FixtureCopy();
    expect(statusOf(fx.root, 'town').overrides.map((o) => o.state)).toEqual(['current']);
    fx.replace('modules/intro/lessons/second.en.md', 'a large share', 'a very large share');
    expect(statusOf(fx.root, 'town').overrides[0]).toMatchObject({ path: 'modules/intro/lessons/second.en.md', state: 'behind' });
    expect(fx.problems('town').warnings[0]).toMatch(/^editions\/town\/modules\/intro\/lessons\/second\.en\.md:9: warning: override is behind core/);
  });

  it('setTopLevelKey keeps CRLF files byte-for-byte apart from the one line', () => {
    expect(setTopLevelKey('a: 1\r\nsourceHash: x\r\nb: 2\r\n', 'sourceHash', 'y', false)).toBe('a: 1\r\nsourceHash: y\r\nb: 2\r\n');
    expect(setTopLevelKey('---\ntitle: T\n---\nsourceHash: body\n', 'sourceHash', 'y', true)).toBe('---\nsourceHash: y\ntitle: T\n---\nsourceHash: body\n');
  });
});

describe('locale fallback', () => {
  const manifest = { sourceLocale: 'en', locales: ['en', 'nl', 'de'], fallbacks: { 'nl-BE': ['nl'] } };
  it('resolves chains ending at the source locale', () => {
    expect(resolveLocaleChain('nl-BE', manifest)).toEqual(['nl-BE', 'nl', 'en']);
    expect(resolveLocaleChain('de-AT', manifest)).toEqual(['de-AT', 'de', 'en']);
    expect(resolveLocaleChain('en', manifest)).toEqual(['en']);
  });
  it('says which locale is shown and where it fell back from', () => {
    fx = new FixtureCopy();
    const model = readCurriculum(fx.root).model;
    const texts = model.modules.get('intro')?.lessons.get('second');
    const lessonFirst = model.modules.get('intro')?.lessons.get('first');
    if (!texts || !lessonFirst) throw new Error('fixture');
    expect(resolveLocalized(lessonFirst, 'nl-BE', manifest)).toMatchObject({ shownLocale: 'nl', fellBackFrom: 'nl-BE', outdated: false });
    expect(resolveLocalized(texts, 'nl', manifest)).toMatchObject({ shownLocale: 'en', fellBackFrom: 'nl' });
    expect(resolveLocalized(texts, 'en', manifest)?.fellBackFrom).toBeUndefined();
  });
});

describe('review state', () => {
  const lesson = 'modules/intro/lessons/first.nl.md';
  const item = (root: string) => statusOf(root).rows.flatMap((r) => r.items).find((i) => i.path === lesson);
  const shown = (root: string) => {
    const { model } = readCurriculum(root);
    const texts = model.modules.get('intro')!.lessons.get('first')!;
    return resolveLocalized(texts, 'nl', { sourceLocale: 'en', locales: model.locales });
  };

  it('a translation is unreviewed until review records who checked it, and learners are told', () => {
    fx = new FixtureCopy();
    expect(item(fx.root)).toMatchObject({ state: 'complete', reviewed: false });
    expect(shown(fx.root)).toMatchObject({ shownLocale: 'nl', unreviewed: true });
    const r = reviewTranslation(fx.root, lesson, 'Eva de Vries, inkoopjurist');
    expect(r.reviewedBy).toBe('Eva de Vries, inkoopjurist');
    expect(fx.read(lesson)).toMatch(/^reviewedBy: "Eva de Vries, inkoopjurist"$/m);
    expect(item(fx.root)).toMatchObject({ state: 'complete', reviewed: true });
    expect(shown(fx.root)).toMatchObject({ unreviewed: false });
    expect(fx.problems().errors).toEqual([]);
  });

  it('any later edit of the translation, or a re-confirm after the source changed, voids the review', () => {
    fx = new FixtureCopy();
    reviewTranslation(fx.root, lesson, 'Reviewer');
    const body = fx.read(lesson).split('---\n')[2]!.trim().split('\n')[0]!;
    fx.replace(lesson, body, `${body} (bewerkt)`);
    expect(item(fx.root)).toMatchObject({ reviewed: false });

    fx = new FixtureCopy();
    reviewTranslation(fx.root, lesson, 'Reviewer');
    fx.replace('modules/intro/lessons/first.en.md', 'A linear purchase ends as waste.', 'A linear purchase ends in a landfill.');
    expect(() => reviewTranslation(fx.root, lesson, 'Reviewer')).toThrow(/is not current with modules\/intro\/lessons\/first\.en\.md: update it and run confirm before review/);
    confirmTranslation(fx.root, lesson);
    expect(item(fx.root)).toMatchObject({ state: 'complete', reviewed: false });
  });

  it('source files carry no review', () => {
    fx = new FixtureCopy();
    expect(() => reviewTranslation(fx.root, 'modules/intro/lessons/first.en.md', 'Reviewer')).toThrow(/is a source file/);
    fx.replace('modules/intro/lessons/first.en.md', '---\n', '---\nreviewedBy: Someone\n');
    expect(fx.problems().errors.join('\n')).toMatch(/first\.en\.md:\d+: source-locale files carry no reviewedBy/);
  });
});

describe('a language added only in the curriculum', () => {
  it('pl for one module: served where it exists, falling back elsewhere, and listed as partial', () => {
    fx = new FixtureCopy();
    fx.replace('curriculum.yaml', /^locales: \[(.*)\]$/m, 'locales: [$1, pl]');
    fx.write('modules/intro/module.pl.yaml', `sourceHash: ${sourceHash(fx.read('modules/intro/module.en.yaml'))}\ntitle: Wprowadzenie\nsummary: Dlaczego gospodarka o obiegu zamkniętym.\n`);
    expect(fx.problems().errors).toEqual([]);

    const { model } = readCurriculum(fx.root);
    const status = translationStatus(model, { locale: 'pl' });
    expect(status.rows.find((r) => r.kind === 'module' && r.id === 'intro')).toMatchObject({ status: 'partial', complete: 1 });
    expect(status.summary[0]).toMatchObject({ locale: 'pl', complete: 1, unreviewed: 1 });
    expect(status.summary[0]!.missing).toBeGreaterThan(0);

    const bundle = buildReleaseBundle(model);
    const intro = bundle.modules.find((m) => m.slug === 'intro')!;
    const costs = bundle.modules.find((m) => m.slug === 'costs')!;
    expect(intro.texts.pl).toMatchObject({ title: 'Wprowadzenie', shownLocale: 'pl', fellBack: false, unreviewed: true });
    expect(costs.texts.pl).toMatchObject({ shownLocale: 'en', fellBack: true, unreviewed: false });
  });
});
