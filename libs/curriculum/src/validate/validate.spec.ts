import { afterEach, describe, expect, it } from 'vitest';
import { FixtureCopy } from '../../test/fixture.js';
import { sourceHash } from '../translation/hash.js';

let fx: FixtureCopy;
afterEach(() => fx?.cleanup());

const LESSON = 'modules/intro/lessons/first.en.md';

/** Each case mutates the valid fixture once and names the exact `path:line: message` it must produce. */
const ERROR_CASES: [string, (f: FixtureCopy) => unknown, string][] = [
  ['schema error with the line of the key', (f) => f.replace('modules/intro/module.yaml', 'passMark: 0.8', 'passMark: high'),
    'modules/intro/module.yaml:5: quiz.passMark: Invalid input: expected number, received string'],
  ['unknown front matter key', (f) => f.replace(LESSON, 'minutes: 10\n', 'minutes: 10\nauthor: me\n'),
    `${LESSON}:4: author: unknown key "author"`],
  ['YAML syntax error', (f) => f.replace('courses/basics.en.yaml', 'summary: What', 'summary: [What'),
    'courses/basics.en.yaml:'],
  ['duplicate lesson slug', (f) => f.replace('modules/intro/module.yaml', 'lessons: [first, second]', 'lessons: [first, second, first]'),
    'modules/intro/module.yaml:2: duplicate lesson "first"'],
  ['slug vs file name', (f) => f.replace('courses/basics.yaml', 'slug: basics', 'slug: basic'),
    'courses/basics.yaml:1: slug "basic" does not match the file name "basics"'],
  ['course names a missing module', (f) => f.replace('courses/basics.yaml', '[intro, costs]', '[intro, costs, nope]'),
    'courses/basics.yaml:2: unknown module "nope" (no modules/nope/module.yaml)'],
  ['course names a missing assessment', (f) => f.replace('courses/basics.yaml', 'finalAssessment: final', 'finalAssessment: exam'),
    'courses/basics.yaml:3: unknown assessment "exam" (no assessments/exam.yaml)'],
  ['module lists a missing lesson file', (f) => f.replace('modules/intro/module.yaml', '[first, second]', '[first, second, third]'),
    'modules/intro/module.yaml:2: lesson "third" has no file modules/intro/lessons/third.en.md'],
  ['lesson file not listed', (f) => f.write('modules/intro/lessons/extra.en.md', f.read('modules/intro/lessons/second.en.md')),
    'modules/intro/lessons/extra.en.md:1: lesson "extra" is not listed in modules/intro/module.yaml'],
  ['answer key names a missing option', (f) => f.replace('modules/intro/quiz.yaml', 'answer: b', 'answer: z'),
    'modules/intro/quiz.yaml:5: linear-definition: answer "z" is not one of its options'],
  ['multiple answer names a missing option', (f) => f.replace('modules/intro/quiz.yaml', 'answer: [a, c]', 'answer: [a, x]'),
    'modules/intro/quiz.yaml:9: pick-strategies: answer "x" is not one of its options'],
  ['duplicate question id', (f) => f.replace('modules/intro/quiz.yaml', 'id: labels-equal', 'id: pick-strategies'),
    'modules/intro/quiz.yaml:10: duplicate question id "pick-strategies"'],
  ['ordering answer not a permutation', (f) => f.replace('modules/costs/quiz.yaml', 'answer: [c, a, b]', 'answer: [c, a, a]'),
    'modules/costs/quiz.yaml:14: cycle-order: ordering answer must be a permutation of its options'],
  ['translated quiz lacks a question', (f) => f.replace('modules/intro/quiz.nl.yaml', / {2}labels-equal:[\s\S]*$/, ''),
    'modules/intro/quiz.nl.yaml:2: question "labels-equal" is missing (it is in the source)'],
  ['explanation lists options by letter', (f) => f.replace('modules/intro/quiz.en.yaml', 'explanation: Linear means take, make, dispose.', 'explanation: Linear means take, make, dispose (a en c zijn onjuist).'),
    'modules/intro/quiz.en.yaml:8: linear-definition: the explanation refers to an option by its letter; options are shuffled, so quote the option text'],
  ['explanation names an option by its letter', (f) => f.replace('modules/intro/quiz.en.yaml', 'explanation: Linear means take, make, dispose.', 'explanation: Linear means take, make, dispose, so (a) is wrong.'),
    'modules/intro/quiz.en.yaml:8: linear-definition: the explanation refers to an option by its letter; options are shuffled, so quote the option text'],
  ['translated quiz has an extra question', (f) => f.write('modules/intro/quiz.nl.yaml', `${f.read('modules/intro/quiz.nl.yaml')}  extra:\n    prompt: Extra?\n`),
    'modules/intro/quiz.nl.yaml:16: question "extra" is not in the source'],
  ['translated quiz lacks an option', (f) => f.replace('modules/intro/quiz.nl.yaml', '      c: Leasen.\n', ''),
    'modules/intro/quiz.nl.yaml:5: linear-definition option "c" is missing (it is in the source)'],
  ['translated quiz has an extra option', (f) => f.replace('modules/intro/quiz.nl.yaml', 'd: Storten }', 'd: Storten, e: Extra }'),
    'modules/intro/quiz.nl.yaml:12: pick-strategies option "e" is not in the source'],
  ['broken lesson link', (f) => f.replace(LESSON, 'lesson:intro/second', 'lesson:intro/third'),
    `${LESSON}:21: broken link: lesson "intro/third" does not exist`],
  ['broken practice link', (f) => f.replace(LESSON, 'practice:office-chairs', 'practice:office-desks'),
    `${LESSON}:21: broken link: practice "office-desks" does not exist`],
  ['broken criteria link', (f) => f.replace('modules/intro/lessons/second.en.md', 'criteria:furniture', 'criteria:chairs'),
    'modules/intro/lessons/second.en.md:14: broken link: criteria group "chairs" does not exist'],
  ['unknown glossary term', (f) => f.replace(LESSON, 'term:circular-procurement', 'term:circularity'),
    `${LESSON}:15: unknown glossary term "circularity"`],
  ['unknown lcc-exercise', (f) => f.replace('modules/costs/lessons/lcc-basics.en.md', 'lcc-exercise lamps', 'lcc-exercise bulbs'),
    'modules/costs/lessons/lcc-basics.en.md:14: unknown lcc-exercise "bulbs" (no exercises/bulbs.yaml)'],
  ['unknown callout kind', (f) => f.replace(LESSON, 'callout tip', 'callout hint'),
    `${LESSON}:17: unknown callout kind "hint" (use tip, warning, law, example, task)`],
  ['unknown block', (f) => f.replace(LESSON, '::: callout tip', '::: sidebar'),
    `${LESSON}:17: unknown block "::: sidebar" (use callout or lcc-exercise)`],
  ['unclosed block', (f) => f.replace(LESSON, 'the end.\n:::\n', 'the end.\n'), `${LESSON}:17: ::: callout is never closed with :::`],
  ['missing sources in an English lesson', (f) => f.replace('modules/intro/lessons/second.en.md', /sources:\n(.*\n){3}/, ''),
    'modules/intro/lessons/second.en.md:2: lesson has no sources (at least one is required)'],
  ['missing sources in a practice', (f) => f.replace('practices/office-chairs.en.md', /sources:\n.*\n/, ''),
    'practices/office-chairs.en.md:2: practice has no sources (at least one is required)'],
  ['missing sources in a criteria set', (f) => f.replace('criteria/furniture.yaml', /sources:\n.*\n/, ''),
    'criteria/furniture.yaml:1: criteria set has no sources (at least one is required)'],
  ['translation without sourceHash', (f) => f.replace('courses/basics.nl.yaml', /sourceHash: .*\n/, ''),
    'courses/basics.nl.yaml:1: missing sourceHash (translated from courses/basics.en.yaml; run confirm)'],
  ['invalid sourceHash', (f) => f.replace('courses/basics.nl.yaml', /sourceHash: .*/, 'sourceHash: xyz'),
    'courses/basics.nl.yaml:1: sourceHash: must be 16 lowercase hex characters'],
  ['sourceHash in a source file', (f) => f.write('courses/basics.en.yaml', `sourceHash: 0123456789abcdef\n${f.read('courses/basics.en.yaml')}`),
    'courses/basics.en.yaml:1: source-locale files carry no sourceHash'],
  ['translation without source', (f) => f.write('modules/costs/module.de.yaml', 'sourceHash: 0123456789abcdef\ntitle: Kosten\nsummary: LCC.\n').remove('modules/costs/module.en.yaml'),
    'modules/costs/module.de.yaml:1: translation without source: modules/costs/module.en.yaml does not exist'],
  ['assessment draws from a missing module', (f) => f.replace('assessments/final.yaml', 'module: costs', 'module: nope'),
    'assessments/final.yaml:7: unknown module "nope"'],
  ['assessment draws more than the bank has', (f) => f.replace('assessments/final.yaml', 'count: 1', 'count: 5'),
    'assessments/final.yaml:7: draws 5 questions but costs has only 2'],
  ['changelog lacks the version', (f) => f.replace('CHANGELOG.md', '## [1.2.0]', '## [1.1.5]'),
    'CHANGELOG.md:1: no entry "## [1.2.0]" for the current version 1.2.0'],
  ['locale not offered', (f) => f.write('modules/costs/module.fr.yaml', `sourceHash: 0123456789abcdef\ntitle: Coûts\nsummary: LCC.\n`),
    'modules/costs/module.fr.yaml:1: locale "fr" is not offered in curriculum.yaml'],
  ['unrecognised file', (f) => f.write('modules/intro/notes.txt', 'x'),
    'modules/intro/notes.txt:1: unrecognised file: not part of the curriculum format (see curriculum/README.md "Layout")'],
  ['criteria text ids differ from the set', (f) => f.replace('criteria/furniture.en.yaml', 'spare-parts:', 'spares:'),
    'criteria/furniture.en.yaml:5: criterion "spares" is not in criteria/furniture.yaml'],
  ['exercise text offers differ', (f) => f.replace('exercises/lamps.en.yaml', 'b: LED lamps', 'c: LED lamps'),
    'exercises/lamps.en.yaml:3: offer "c" is not in exercises/lamps.yaml'],
  ['numeric question names a missing exercise', (f) => f.replace('modules/costs/quiz.yaml', 'exercise: lamps', 'exercise: bulbs'),
    'modules/costs/quiz.yaml:7: lamps-difference: unknown exercise "bulbs"'],
  ['practice with an unknown strategy', (f) => f.replace('practices/office-chairs.en.md', '[refurbishment, reuse]', '[refurbishment, upcycling]'),
    'practices/office-chairs.en.md:8: strategies.1: Invalid option'],
  ['H1 heading in a lesson', (f) => f.replace(LESSON, '## Take, make', '# Take, make'),
    `${LESSON}:13: headings start at ## (the title comes from the front matter)`],
  ['formula KaTeX cannot parse', (f) => f.replace(LESSON, 'keeps value.', 'keeps value: $\\frac{a}{$.'),
    `${LESSON}:15: formula "\\frac{a}{" cannot be rendered: Unexpected end of input in a macro argument, expected '}'`],
];

describe('validateCurriculum', () => {
  it('accepts the valid fixture, core and edition', () => {
    fx = new FixtureCopy();
    expect(fx.problems()).toEqual({ errors: [], warnings: [] });
    expect(fx.problems('town')).toEqual({ errors: [], warnings: [] });
  });

  it.each(ERROR_CASES)('%s', (_name, mutate, expected) => {
    fx = new FixtureCopy();
    mutate(fx);
    const { errors } = fx.problems();
    expect(errors.some((e) => e.startsWith(expected)), `expected "${expected}" in:\n${errors.join('\n')}`).toBe(true);
  });

  it('reports every problem, not just the first', () => {
    fx = new FixtureCopy();
    const picked = ERROR_CASES.filter(([name]) =>
      ['slug vs file name', 'answer key names a missing option', 'broken lesson link', 'unknown glossary term', 'invalid sourceHash',
        'changelog lacks the version', 'unknown lcc-exercise'].includes(name));
    for (const [, mutate] of picked) mutate(fx);
    const { errors } = fx.problems();
    for (const [, , expected] of picked) expect(errors.some((e) => e.startsWith(expected))).toBe(true);
  });

  it('warns (without failing) about long lessons and outdated translations', () => {
    fx = new FixtureCopy();
    fx.replace(LESSON, 'minutes: 10', 'minutes: 45');
    const { errors, warnings } = fx.problems();
    expect(errors).toEqual([]);
    expect(warnings).toContain(`${LESSON}:3: warning: lesson takes 45 minutes; consider splitting it (over 30)`);
    expect(warnings.some((w) => w.startsWith('modules/intro/lessons/first.nl.md:3: warning: outdated translation'))).toBe(true);
  });
});

describe('editions that drop content', () => {
  it('refuses an edition that drops a module from the course while the final assessment still draws from it', () => {
    fx = new FixtureCopy();
    const core = fx.read('courses/basics.yaml');
    const overrides = sourceHash(Buffer.from(core));
    fx.write('editions/town/courses/basics.yaml', `${core.replace('[intro, costs]', '[intro]')}overrides: ${overrides}\n`);
    expect(fx.problems().errors).toEqual([]);
    expect(fx.problems('town').errors).toContain(
      'assessments/final.yaml:7: draws questions from module "costs", which course "basics" does not include (editions/town/courses/basics.yaml)',
    );
  });

  it('accepts the edition once the assessment no longer draws from the dropped module', () => {
    fx = new FixtureCopy();
    const course = fx.read('courses/basics.yaml');
    const assessment = fx.read('assessments/final.yaml');
    fx.write('editions/town/courses/basics.yaml', `${course.replace('[intro, costs]', '[intro]')}overrides: ${sourceHash(Buffer.from(course))}\n`);
    fx.write('editions/town/assessments/final.yaml', `${assessment.replace('  - { module: costs, count: 1 }\n', '')}overrides: ${sourceHash(Buffer.from(assessment))}\n`);
    expect(fx.problems('town').errors).toEqual([]);
  });
});

const EXTRA_LESSON = (title: string) =>
  `---\ntitle: ${title}\nminutes: 5\nobjectives:\n  - Read.\nsources:\n  - { title: Directive 2014/24/EU, publisher: European Union, year: 2014 }\n---\n\n## ${title}\n\nText.\n`;

/** A module without a question bank, so an edition may hide its lessons. */
function addModuleWithoutQuiz(f: FixtureCopy): void {
  f.write('modules/extra/module.yaml', 'slug: extra\nlessons: [one, two]\n');
  f.write('modules/extra/module.en.yaml', 'title: Extra\nsummary: More.\n');
  f.write('modules/extra/lessons/one.en.md', EXTRA_LESSON('One'));
  f.write('modules/extra/lessons/two.en.md', EXTRA_LESSON('Two'));
  f.replace('courses/basics.yaml', '[intro, costs]', '[intro, costs, extra]');
}

const hide = (f: FixtureCopy, module: string, lesson: string) => {
  const core = f.read(`modules/${module}/module.yaml`);
  const lessons = /lessons: \[([^\]]*)\]/.exec(core)![1]!.split(', ').filter((l) => l !== lesson);
  f.write(`editions/town/modules/${module}/module.yaml`, `${core.replace(/lessons: \[[^\]]*\]/, `lessons: [${lessons.join(', ')}]`)}overrides: ${sourceHash(Buffer.from(core))}\n`);
};

describe('editions that hide lessons', () => {
  it('refuses hiding a lesson whose module questions are still drawn, naming them', () => {
    fx = new FixtureCopy();
    hide(fx, 'intro', 'first');
    const errors = fx.problems('town').errors;
    expect(errors).toEqual([
      expect.stringMatching(/^editions\/town\/modules\/intro\/module\.yaml:2: hides lesson "first" but its quiz questions would still be drawn by the module quiz and final assessment "final": /),
    ]);
    const ids = fx.read('modules/intro/quiz.yaml').match(/id: [a-z0-9-]+/g)!.map((m) => m.slice(4));
    for (const id of ids) expect(errors[0]).toContain(id);
  });

  it('accepts hiding a lesson of a module without a question bank (not reported as unlisted)', () => {
    fx = new FixtureCopy();
    addModuleWithoutQuiz(fx);
    expect(fx.problems().errors).toEqual([]);
    hide(fx, 'extra', 'two');
    expect(fx.problems('town').errors).toEqual([]);
  });
});

describe('exercises checked by the LCC engine schema', () => {
  it('reports an LCC scenario issue at its line', () => {
    fx = new FixtureCopy();
    fx.replace('exercises/lamps.yaml', 'acquisition: { purchase: 120000 }', 'acquisition: { purchase: 120000 }\n    oneOff: [{ year: 40, amount: 10, category: replacement }]');
    const { errors } = fx.problems();
    expect(errors).toEqual([expect.stringMatching(/^exercises\/lamps\.yaml:8: LCC scenario: offers\.0\.oneOff\.0\.year: /)]);
  });
});

describe('exercises computed by the LCC engine', () => {
  it('warns at its line about a rate that looks like a percentage typed as a fraction and a currency outside ISO 4217', () => {
    const f = new FixtureCopy();
    try {
      f.replace('exercises/lamps.yaml', 'discountRate: 0.03', 'discountRate: 0.3');
      f.replace('exercises/lamps.yaml', 'currency: EUR', 'currency: XYZ');
      const { warnings } = f.problems();
      expect(warnings).toContain('exercises/lamps.yaml:4: warning: LCC engine: discountRate: 30 % a year is unusually high for a real rate: was a percentage typed as a fraction?');
      expect(warnings).toContain('exercises/lamps.yaml:2: warning: LCC engine: currency: XYZ is not an ISO 4217 currency code');
    } finally {
      f.cleanup();
    }
  });
});

describe('numeric questions computed by the LCC engine', () => {
  it('reports an answer key the engine does not agree with, and a varied input that is not in the scenario', () => {
    const f = new FixtureCopy();
    try {
      f.replace('modules/costs/quiz.yaml', 'answer: 7751.74', 'answer: 7000');
      f.replace('modules/costs/quiz.yaml', 'path: discountRate', 'path: offers.0.energy.nope');
      const { errors } = f.problems();
      expect(errors).toContain("modules/costs/quiz.yaml:7: lamps-difference: answer 7000 differs from the engine's 7751.74 for exercise lamps (tolerance 1)");
      expect(errors).toContain('modules/costs/quiz.yaml:7: lamps-difference: vary rate: "offers.0.energy.nope" is not a number in exercise lamps');
    } finally {
      f.cleanup();
    }
  });

  it('requires every prompt to show the drawn values', () => {
    const f = new FixtureCopy();
    try {
      f.replace('modules/costs/quiz.en.yaml', '{rate}', 'the given rate');
      expect(f.problems().errors).toContain('modules/costs/quiz.en.yaml:3: lamps-difference: the prompt must show the drawn value {rate}');
    } finally {
      f.cleanup();
    }
  });
});
