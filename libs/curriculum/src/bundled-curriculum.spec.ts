import { join } from 'node:path';
import { buildReleaseBundle } from './release/bundle.js';
import { folderContentHash, releaseContentHash } from './release/content-hash.js';
import { translationStatus } from './translation/status.js';
import { checkCurriculum } from './validate/validate.js';

// The academy's own curriculum, as shipped: valid, sourced, and complete in every language.
const root = join(import.meta.dirname, '../../../curriculum');

describe('the bundled curriculum', () => {
  const { model, errors, warnings } = checkCurriculum(root);

  it('validates without errors or warnings', () => {
    expect(errors.map((e) => `${e.file}:${e.line}: ${e.message}`)).toEqual([]);
    expect(warnings.map((e) => `${e.file}:${e.line}: ${e.message}`)).toEqual([]);
  });

  it.each(['example-municipality', 'turin'])('validates the %s edition without errors or warnings', (edition) => {
    const result = checkCurriculum(root, { edition });
    expect(result.errors.map((e) => `${e.file}:${e.line}: ${e.message}`)).toEqual([]);
    expect(result.warnings.map((e) => `${e.file}:${e.line}: ${e.message}`)).toEqual([]);
    // What start-up compares to skip re-reading an imported release.
    expect(folderContentHash(root, edition)).toBe(releaseContentHash(result.model));
  });

  it('has the content hash start-up computes from the folder alone', () => {
    expect(folderContentHash(root)).toBe(releaseContentHash(model));
  });

  it('keeps every module of the Turin edition that its final assessment draws from', () => {
    const turin = checkCurriculum(root, { edition: 'turin' }).model;
    const course = turin.courses.get('circular-procurement-foundations')?.structure?.data;
    const draws = turin.assessments.get('foundations-final')?.structure?.data.draw.map((d) => d.module) ?? [];
    expect(draws.length).toBe(14);
    expect(draws.filter((m) => !course?.modules.includes(m))).toEqual([]);
    expect(turin.edition?.data.lccDefaults).toEqual({ currency: 'EUR' });
  });

  it('cites sources for every lesson, good practice and criteria set', () => {
    const unsourced: string[] = [];
    for (const m of model.modules.values()) {
      for (const [slug, texts] of m.lessons) if (!texts.get('en')?.data.sources?.length) unsourced.push(`lesson ${m.slug}/${slug}`);
    }
    for (const p of model.practices.values()) if (!p.structure?.data.sources?.length) unsourced.push(`practice ${p.slug}`);
    for (const c of model.criteria.values()) if (!c.structure?.data.sources?.length) unsourced.push(`criteria ${c.group}`);
    expect(unsourced).toEqual([]);
  });

  it('offers a short decision-maker track with its own completion rules, assessment and certificate', () => {
    const exec = model.courses.get('circular-procurement-executive')?.structure?.data;
    const foundations = model.courses.get('circular-procurement-foundations')?.structure?.data;
    expect(exec).toMatchObject({ finalAssessment: 'executive-final', certificate: true, completion: { moduleQuizzes: 'none', finalAssessment: 'passed' } });
    expect(foundations).toMatchObject({ finalAssessment: 'foundations-final', certificate: true, completion: { moduleQuizzes: 'passed' } });
    // About 60-90 minutes of reading: the sum of the lesson estimates of the track's modules.
    const minutes = (exec?.modules ?? []).flatMap((slug) => {
      const mod = model.modules.get(slug);
      return (mod?.structure?.data.lessons ?? []).map((l) => mod?.lessons.get(l)?.get('en')?.data.minutes ?? 0);
    });
    const total = minutes.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(60);
    expect(total).toBeLessThanOrEqual(90);
    // The final assessment draws only from the track's own modules.
    const draw = model.assessments.get('executive-final')?.structure?.data.draw.map((d) => d.module);
    expect(draw?.every((m) => exec?.modules.includes(m))).toBe(true);
  });

  // Building the release renders every lesson in every language: seconds, more on a busy machine.
  it('has a workshop kit for every module, current in en, nl, de and it, that goes into the release', () => {
    const { kit } = translationStatus(model);
    const incomplete = kit.rows
      .filter((r) => ['en', 'nl', 'de', 'it'].includes(r.locale) && r.translated !== r.total)
      .map((r) => `${r.id} ${r.locale}: ${r.items.filter((i) => i.state !== 'translated').map((i) => i.path).join(', ')}`);
    expect(incomplete).toEqual([]);
    // 14 modules with slides and cards, plus the evaluation form and the trainer guide.
    expect(kit.summary.map((s) => [s.locale, s.translated, s.total])).toEqual([
      ['en', 30, 30],
      ['nl', 30, 30],
      ['de', 30, 30],
      // fr only for the four modules added in 2.3.0 and 2.4.0.
      ['fr', 8, 30],
      // it since 2.6.0, for the Turin edition's hosts.
      ['it', 30, 30],
      ['bg', 0, 30],
      ['fi', 0, 30],
      ['nb', 0, 30],
    ]);
    const bundle = buildReleaseBundle(model);
    expect(bundle.modules).toHaveLength(14);
    const shown = bundle.modules.flatMap((m) =>
      ['en', 'nl', 'de', 'it'].map((l) => `${m.slug} ${l}: ${m.kit?.slides[l]?.shownLocale} ${m.kit?.cards[l]?.shownLocale}`),
    );
    const newModules = ['legal-risk-long-contracts', 'eu-law-since-2018', 'measuring-circularity', 'construction-in-depth'];
    const shownFr = bundle.modules
      .filter((m) => newModules.includes(m.slug))
      .map((m) => `${m.slug} fr: ${m.kit?.slides.fr?.shownLocale} ${m.kit?.cards.fr?.shownLocale}`);
    expect([...shown, ...shownFr].filter((s) => !/ (\w+): \1 \1$/.test(s))).toEqual([]);
  }, 60_000);

  it('is complete and current in nl, de, fr, it and bg; fi and nb are honestly partial', () => {
    const status = translationStatus(model);
    expect(status.summary.map((s) => [s.locale, s.percent, s.outdated, s.missing])).toEqual([
      ['nl', 100, 0, 0],
      ['de', 100, 0, 0],
      ['fr', 100, 0, 0],
      ['it', 100, 0, 0],
      ['bg', 100, 0, 0],
      ['fi', 7.7, 0, 108],
      ['nb', 7.7, 0, 108],
    ]);
    // Written without a native-speaking procurement expert's review, and recorded as such.
    expect(status.summary.every((s) => s.unreviewed === s.complete + s.outdated)).toBe(true);
  });
});
