import { afterEach, describe, expect, it } from 'vitest';
import { FixtureCopy } from '../../test/fixture.js';
import { sourceHash } from '../translation/hash.js';
import { readCurriculum } from '../loader/load.js';
import { translationStatus } from '../translation/status.js';
import { buildReleaseBundle } from '../release/bundle.js';

let fx: FixtureCopy;
afterEach(() => fx?.cleanup());

const SLIDES = `---
title: Intro slides
sources:
  - title: A guide
    url: https://example.org/guide
---

## One

Text.

---

## Two

- A point
`;
const CARDS = 'cards:\n  - { id: role-a, kind: role }\n  - { id: canvas-a, kind: canvas, boxes: [need, risk] }\n';
const CARDS_EN = 'title: Cards\ncards:\n  role-a:\n    title: Role A\n    text: Ask one question.\n  canvas-a:\n    title: Canvas\n    boxes:\n      need: The need\n      risk: The risk\n';

/** The valid fixture with a kit for the intro module (en + nl). */
function withKit(): FixtureCopy {
  const f = new FixtureCopy();
  f.write('modules/intro/kit/slides.en.md', SLIDES);
  f.write('modules/intro/kit/cards.yaml', CARDS);
  f.write('modules/intro/kit/cards.en.yaml', CARDS_EN);
  f.write('modules/intro/kit/slides.nl.md', `---\ntitle: Dia's\nsourceHash: ${sourceHash(SLIDES)}\n---\n\n## Een\n\nTekst.\n\n---\n\n## Twee\n`);
  f.write('modules/intro/kit/cards.nl.yaml', CARDS_EN.replace('title: Cards', `title: Kaarten\nsourceHash: ${sourceHash(CARDS_EN)}`));
  return f;
}

const CASES: [string, (f: FixtureCopy) => unknown, string][] = [
  ['unknown card kind, at its line and field', (f) => f.replace('modules/intro/kit/cards.yaml', 'kind: role', 'kind: poster'),
    'modules/intro/kit/cards.yaml:2: cards.0.kind: Invalid option: expected one of "role"|"bid"|"canvas"|"handout"'],
  ['a canvas without boxes', (f) => f.replace('modules/intro/kit/cards.yaml', ', boxes: [need, risk]', ''),
    'modules/intro/kit/cards.yaml:3: cards.1.boxes: a canvas needs boxes to fill in'],
  ['a translation lacks a card', (f) => f.replace('modules/intro/kit/cards.nl.yaml', /\n {2}canvas-a:[\s\S]*$/, '\n'),
    'modules/intro/kit/cards.nl.yaml:3: card "canvas-a" is missing (it is in modules/intro/kit/cards.yaml)'],
  ['a box label for a box that does not exist', (f) => f.replace('modules/intro/kit/cards.en.yaml', '      risk: The risk', '      risks: The risk'),
    'modules/intro/kit/cards.en.yaml:10: box of card "canvas-a" "risks" is not in modules/intro/kit/cards.yaml'],
  ['unknown key in card texts', (f) => f.replace('modules/intro/kit/cards.en.yaml', '    text: Ask one question.', '    text: Ask one question.\n    colour: red'),
    'modules/intro/kit/cards.en.yaml:6: cards.role-a.colour: unknown key "colour"'],
  ['English slides without sources', (f) => f.replace('modules/intro/kit/slides.en.md', /sources:\n.*\n.*\n/, ''),
    'modules/intro/kit/slides.en.md:2: slides have no sources (at least one is required)'],
  ['a translation with a different number of slides', (f) => f.replace('modules/intro/kit/slides.nl.md', '\n---\n\n## Twee\n', '\n'),
    'modules/intro/kit/slides.nl.md:5: slides: 1 slides, but modules/intro/kit/slides.en.md has 2'],
  ['an empty slide', (f) => f.replace('modules/intro/kit/slides.en.md', 'Text.\n', 'Text.\n\n---\n\n'),
    'modules/intro/kit/slides.en.md:13: slides: empty slide between two --- lines'],
  ['a broken internal link on a slide', (f) => f.replace('modules/intro/kit/slides.en.md', '- A point', '- [A point](lesson:intro/nope)'),
    'modules/intro/kit/slides.en.md:16: broken link: lesson "intro/nope" does not exist'],
  ['card texts without a structure file', (f) => f.remove('modules/intro/kit/cards.yaml'),
    'modules/intro/kit/cards.en.yaml:1: card texts without structure: modules/intro/kit/cards.yaml does not exist'],
  ['a misspelt kit file', (f) => f.write('modules/intro/kit/slide.en.md', SLIDES),
    'modules/intro/kit/slide.en.md:1: unrecognised file: not part of the curriculum format (see curriculum/README.md "Layout")'],
];

describe('workshop kit files', () => {
  it('are valid in the fixture with a kit, and optional: a module without one is no error', () => {
    fx = withKit();
    expect(fx.problems()).toEqual({ errors: [], warnings: [] });
  });

  it.each(CASES)('report %s with file, line and field', (_name, mutate, expected) => {
    fx = withKit();
    mutate(fx);
    expect(fx.problems().errors).toContain(expected);
  });

  it('warn when a translation is outdated, and status counts kit files per locale', () => {
    fx = withKit();
    fx.replace('modules/intro/kit/cards.en.yaml', 'Ask one question.', 'Ask two questions.');
    const { warnings } = fx.problems();
    expect(warnings.some((w) => w.startsWith('modules/intro/kit/cards.nl.yaml:2: warning: outdated translation'))).toBe(true);
    const { kit } = translationStatus(readCurriculum(fx.root).model);
    const row = (id: string, locale: string) => kit.rows.find((r) => r.id === id && r.locale === locale);
    expect(row('intro', 'en')).toMatchObject({ translated: 2, missing: 0 });
    expect(row('intro', 'nl')).toMatchObject({ translated: 1, outdated: 1, missing: 0 });
    expect(row('intro', 'de')).toMatchObject({ translated: 0, missing: 2 });
    // The costs module has no kit: missing in every locale, not an error.
    expect(row('costs', 'en')).toMatchObject({ translated: 0, missing: 2 });
    expect(row('course', 'nl')).toMatchObject({ missing: 2 });
  });

  it('go into the release bundle: slides rendered one by one, cards with their boxes', () => {
    fx = withKit();
    const bundle = buildReleaseBundle(readCurriculum(fx.root).model);
    const intro = bundle.modules.find((m) => m.slug === 'intro')!;
    expect(intro.kit?.slides.nl?.slides).toEqual(['<h2>Een</h2>\n<p>Tekst.</p>\n', '<h2>Twee</h2>\n']);
    expect(intro.kit?.slides.de?.shownLocale).toBe('en');
    expect(intro.kit?.cards.en?.cards[1]).toMatchObject({ kind: 'canvas', boxes: [{ id: 'need', label: 'The need' }, { id: 'risk', label: 'The risk' }] });
    expect(intro.kit?.sources.map((s) => s.title)).toEqual(['A guide']);
    expect(bundle.modules.find((m) => m.slug === 'costs')?.kit).toBeNull();
  });
});
