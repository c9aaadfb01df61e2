import { afterEach, describe, expect, it } from 'vitest';
import { FixtureCopy } from '../../test/fixture.js';
import { loadCurriculum, CurriculumLoadError } from '../loader/load.js';
import { buildReleaseBundle } from './bundle.js';
import { folderContentHash, releaseContentHash } from './content-hash.js';

let fx: FixtureCopy;
afterEach(() => fx?.cleanup());

describe('releaseContentHash', () => {
  it('is stable for the same files and changes with any byte', () => {
    fx = new FixtureCopy();
    const a = releaseContentHash(loadCurriculum(fx.root));
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(releaseContentHash(loadCurriculum(fx.root))).toBe(a);
    expect(releaseContentHash(loadCurriculum(fx.root, { edition: 'town' }))).not.toBe(a);
    fx.replace('modules/intro/module.en.yaml', 'Why circular.', 'Why circular!');
    expect(releaseContentHash(loadCurriculum(fx.root))).not.toBe(a);
  });

  it('can be had from the folder alone, for the core and for an edition', () => {
    fx = new FixtureCopy();
    expect(folderContentHash(fx.root)).toBe(releaseContentHash(loadCurriculum(fx.root)));
    const town = folderContentHash(fx.root, 'town');
    expect(town).toBe(releaseContentHash(loadCurriculum(fx.root, { edition: 'town' })));
    expect(town).not.toBe(folderContentHash(fx.root));
    fx.replace('modules/intro/module.en.yaml', 'Why circular.', 'Why circular!');
    expect(folderContentHash(fx.root, 'town')).not.toBe(town);
  });
});

describe('buildReleaseBundle', () => {
  it('is plain JSON with manifest, structure, answer keys and per-locale texts with fallback info', () => {
    fx = new FixtureCopy();
    const bundle = buildReleaseBundle(loadCurriculum(fx.root));
    expect(JSON.parse(JSON.stringify(bundle))).toEqual(bundle);
    expect(bundle.manifest).toMatchObject({ id: 'test-academy', version: '1.2.0', locales: ['en', 'nl', 'de'], edition: null });
    const first = bundle.lessons.find((l) => l.slug === 'first');
    expect(first?.texts['nl']).toMatchObject({ title: 'Lineair versus circulair', shownLocale: 'nl', fellBack: false, outdated: false });
    expect(first?.texts['de']).toMatchObject({ title: 'Linear versus circular', shownLocale: 'en', fellBack: true });
    expect(first?.texts['nl']?.html).toContain('<aside class="callout callout-tip" data-kind="tip">');
    expect(first?.texts['nl']?.html).toContain('title="Inkopen waarbij producten en materialen in gebruik blijven."');
    const intro = bundle.modules.find((m) => m.slug === 'intro');
    expect(intro?.quiz?.questions[0]).toEqual({ id: 'linear-definition', type: 'single', options: ['a', 'b', 'c'], answer: 'b' });
    expect(intro?.quiz?.texts['nl']?.questions['linear-definition']?.options?.['b']).toBe('Kopen, gebruiken, weggooien.');
    expect(intro?.hostNotes['en']).toMatchObject({ title: 'Running the introduction', durationMinutes: 90, participants: '30-40' });
    expect(bundle.exercises[0]?.scenario).toMatchObject({ id: 'lamps', currency: 'EUR' });
    expect(bundle.glossary.find((g) => g.id === 'circular-procurement')?.texts['de']).toMatchObject({ shownLocale: 'en', fellBack: true });
    expect(bundle.courses[0]).toMatchObject({ slug: 'basics', certificate: true, finalAssessment: 'final' });
  });

  it('applies the edition overlay: overrides replace, new files add', () => {
    fx = new FixtureCopy();
    const bundle = buildReleaseBundle(loadCurriculum(fx.root, { edition: 'town' }));
    expect(bundle.manifest.edition).toMatchObject({ id: 'town', locales: ['en', 'nl'] });
    expect(bundle.manifest.locales).toEqual(['en', 'nl']);
    expect(bundle.lessons.find((l) => l.slug === 'second')?.texts['en']?.title).toBe('Public buying power in our town');
    expect(bundle.practices.map((p) => p.slug).sort()).toEqual(['office-chairs', 'town-lamps']);
  });
});

describe('editions', () => {
  it('an override of a core file that does not exist is an error', () => {
    fx = new FixtureCopy();
    fx.write('editions/town/criteria/chairs.yaml', 'overrides: 0123456789abcdef\ngroup: chairs\ncriteria:\n  - { id: a, type: award, level: basic }\n');
    expect(fx.problems('town').errors).toContain('editions/town/criteria/chairs.yaml:1: overrides a core file that does not exist: criteria/chairs.yaml');
  });
  it('an override that records no core hash is an error', () => {
    fx = new FixtureCopy();
    fx.replace('editions/town/modules/intro/lessons/second.en.md', /overrides: .*\n/, '');
    expect(fx.problems('town').errors[0]).toMatch(/^editions\/town\/modules\/intro\/lessons\/second\.en\.md:1: replaces core .* but records no "overrides: [0-9a-f]{16}"$/);
  });
  it('loadCurriculum throws with every error listed', () => {
    fx = new FixtureCopy();
    fx.replace('courses/basics.yaml', 'certificate: true', 'certificate: yes-please');
    expect(() => loadCurriculum(fx.root)).toThrow(CurriculumLoadError);
  });
});
