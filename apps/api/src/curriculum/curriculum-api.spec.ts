import { join } from 'node:path';
import { grantRoleInDb, registerUser } from '../../test/factories.js';
import { curriculumCopy } from '../../test/curriculum-fixture.js';
import { countStatements } from '../../test/sql-counter.js';
import { bootTestApp, type TestApp } from '../../test/test-app.js';
import { importCurriculumFolder } from './import-bundled.js';

let t: TestApp;
let releaseId: string;
let editionReleaseId: string;
const fixture = curriculumCopy();

beforeAll(async () => {
  t = await bootTestApp();
  const [core, edition] = await importCurriculumFolder(t.dataSource, fixture.root);
  releaseId = core!.releaseId;
  editionReleaseId = edition!.releaseId;
});
afterAll(async () => {
  fixture.cleanup();
  await t.close();
});

const OUTLINE = `query($locale: String!, $releaseId: ID) {
  courses(locale: $locale, releaseId: $releaseId) {
    slug title text { shownLocale fellBack } certificate completionRules
    release { version edition }
    translation { complete fellBack total }
    modules { slug title quiz { bankSize questionsPerAttempt passMark } lessons { slug title minutes text { fellBack shownLocale } } }
  }
}`;

describe('catalogue', () => {
  it('shows a course in Dutch with modules and lessons, flagging the parts that fell back to English', async () => {
    const res = await t.client().gql<{ courses: Record<string, unknown>[] }>(OUTLINE, { locale: 'nl', releaseId });
    expect(res.errors).toBeUndefined();
    const course = res.data!.courses[0] as {
      title: string;
      text: { fellBack: boolean };
      translation: { complete: boolean; fellBack: number };
      modules: { slug: string; quiz: { bankSize: number } | null; lessons: { slug: string; text: { fellBack: boolean; shownLocale: string } }[] }[];
    };
    expect(course.title).toBe('Basis van circulair inkopen');
    expect(course.text.fellBack).toBe(false);
    expect(course.modules.map((m) => m.slug)).toEqual(['intro', 'costs']);
    const intro = course.modules[0]!;
    expect(intro.lessons.map((l) => [l.slug, l.text.shownLocale, l.text.fellBack])).toEqual([
      ['first', 'nl', false],
      ['second', 'en', true],
    ]);
    expect(intro.quiz?.bankSize).toBeGreaterThan(0);
    expect(course.translation.complete).toBe(false);
    expect(course.translation.fellBack).toBeGreaterThan(0);
  });

  it('tells learners what the final assessment asks before they start it', async () => {
    const res = await t.client().gql<{ course: { finalAssessmentInfo: Record<string, unknown> } }>(
      `query($r: ID) { course(slug: "basics", locale: "en", releaseId: $r) { finalAssessmentInfo { questionsPerAttempt passMark maxAttempts timeLimitMinutes } } }`,
      { r: releaseId },
    );
    expect(res.data?.course.finalAssessmentInfo).toEqual({ questionsPerAttempt: 3, passMark: 0.8, maxAttempts: 3, timeLimitMinutes: 60 });
  });

  it('falls back along the chain nl-BE → nl → en', async () => {
    const res = await t.client().gql<{ lesson: { title: string; text: Record<string, unknown> } }>(
      `query($r: ID) { lesson(module: "intro", slug: "first", locale: "nl-BE", releaseId: $r) { title text { requestedLocale shownLocale fellBack unreviewed } } }`,
      { r: releaseId },
    );
    // The fixture's Dutch lesson records no expert review, so learners are told.
    expect(res.data?.lesson).toEqual({
      title: 'Lineair versus circulair',
      text: { requestedLocale: 'nl-BE', shownLocale: 'nl', fellBack: true, unreviewed: true },
    });
  });

  it('serves a lesson with sanitised HTML, objectives, sources and its neighbours', async () => {
    const res = await t.client().gql<{ lesson: Record<string, unknown> }>(
      `query($r: ID) { lesson(module: "intro", slug: "first", locale: "en", releaseId: $r) {
          title objectives minutes html sources { title url } moduleTitle previous { slug } next { slug } moduleLessons { slug } } }`,
      { r: releaseId },
    );
    const lesson = res.data!.lesson as { html: string; previous: null; next: { slug: string }; sources: unknown[]; objectives: string[] };
    expect(lesson.html).toContain('<h2');
    expect(lesson.html).not.toMatch(/<script/i);
    expect(lesson.previous).toBeNull();
    expect(lesson.next).toEqual({ slug: 'second' });
    expect(lesson.sources.length).toBeGreaterThan(0);
    expect(lesson.objectives.length).toBeGreaterThan(0);
  });

  it('answers NOT_FOUND for an unknown lesson and BAD_USER_INPUT for a malformed locale', async () => {
    const missing = await t.client().gql(`query($r: ID) { lesson(module: "intro", slug: "nope", locale: "en", releaseId: $r) { title } }`, { r: releaseId });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const bad = await t.client().gql(`query($r: ID) { courses(locale: "<script>", releaseId: $r) { slug } }`, { r: releaseId });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('costs the same number of SQL statements for a 2-module and a 12-module course outline', async () => {
    const real = await importCurriculumFolder(t.dataSource, join(import.meta.dirname, '../../../../curriculum'), {});
    const realCore = real.find((o) => o.edition === null)!;
    // Warm the per-release caches for both, then count.
    await t.client().gql(OUTLINE, { locale: 'de', releaseId });
    await t.client().gql(OUTLINE, { locale: 'de', releaseId: realCore.releaseId });
    const small = await countStatements(() => t.client().gql(OUTLINE, { locale: 'de', releaseId }));
    const large = await countStatements(() => t.client().gql<{ courses: { slug: string; modules: unknown[] }[] }>(OUTLINE, { locale: 'de', releaseId: realCore.releaseId }));
    const foundations = large.result.data?.courses.find((c) => c.slug === 'circular-procurement-foundations');
    expect((foundations?.modules ?? []).length).toBe(14);
    expect(large.statements.length).toBe(small.statements.length);
    expect(large.statements.length).toBeLessThanOrEqual(8);
  });
});

describe('editions', () => {
  it('serve the edition’s replaced lesson while the core keeps its own', async () => {
    const q = `query($r: ID) { lesson(module: "intro", slug: "second", locale: "en", releaseId: $r) { html } }`;
    const core = await t.client().gql<{ lesson: { html: string } }>(q, { r: releaseId });
    const town = await t.client().gql<{ lesson: { html: string } }>(q, { r: editionReleaseId });
    expect(town.data?.lesson.html).not.toBe(core.data?.lesson.html);
  });
});

describe('libraries', () => {
  it('filters and searches good practices, with facets and pagination', async () => {
    const q = `query($r: ID, $search: String, $group: String) {
      practices(locale: "en", releaseId: $r, search: $search, productGroup: $group, limit: 1) { total limit items { slug title organisation country strategies } }
      practiceFacets(locale: "en", releaseId: $r) { productGroups countries strategies years } }`;
    const all = await t.client().gql<{ practices: { total: number; items: { slug: string }[] }; practiceFacets: { countries: string[] } }>(q, { r: releaseId });
    expect(all.data?.practices.items).toHaveLength(1);
    expect(all.data?.practiceFacets.countries).toContain('NL');
    const found = await t.client().gql<{ practices: { total: number } }>(q, { r: releaseId, search: 'refurb' });
    expect(found.data?.practices.total).toBeGreaterThan(0);
    const none = await t.client().gql<{ practices: { total: number } }>(q, { r: releaseId, search: 'zeppelin' });
    expect(none.data?.practices.total).toBe(0);
    const byGroup = await t.client().gql<{ practices: { total: number } }>(q, { r: releaseId, group: 'lighting' });
    expect(byGroup.data?.practices.total).toBe(0);
  });

  it('searches good practices in the language asked for, with its stemming', async () => {
    const search = async (locale: string, words: string) =>
      (
        await t.client().gql<{ practices: { items: { title: string }[] } }>(
          `query($r: ID, $l: String!, $s: String) { practices(locale: $l, releaseId: $r, search: $s) { items { title } } }`,
          { r: releaseId, l: locale, s: words },
        )
      ).data?.practices.items.map((p) => p.title);
    // "reusing" and "reused" share the English stem; the Dutch "opgeknapte" finds "opgeknapt".
    expect(await search('en', 'reusing chairs')).toEqual(['Circular office chairs']);
    expect(await search('nl', 'opgeknapte stoel')).toEqual(['Circulaire bureaustoelen']);
    expect(await search('nl-BE', 'hergebruiken')).toEqual(['Circulaire bureaustoelen']);
    // A German visitor sees the English text (no German file) and searches it in English.
    expect(await search('de', 'refurbished')).toEqual(['Circular office chairs']);
    expect(await search('nl', 'zeppelin')).toEqual([]);
  });

  it('lists criteria sets with their criteria texts, and the glossary', async () => {
    const res = await t.client().gql<{ criteriaSets: { productGroup: string; criteria: { id: string; type: string; level: string; text: string }[] }[]; glossary: { id: string }[] }>(
      `query($r: ID) { criteriaSets(locale: "en", releaseId: $r) { productGroup title criteria { id type level text verification } sources { title } }
                       glossary(locale: "nl", releaseId: $r) { id term definition } }`,
      { r: releaseId },
    );
    const furniture = res.data!.criteriaSets.find((c) => c.productGroup === 'furniture')!;
    expect(furniture.criteria.map((c) => [c.id, c.type, c.level])).toEqual([
      ['refurb-service', 'specification', 'basic'],
      ['spare-parts', 'contract-clause', 'ambitious'],
    ]);
    expect(furniture.criteria.every((c) => c.text.length > 0)).toBe(true);
    expect(res.data!.glossary.map((g) => g.id)).toContain('life-cycle-costing');
  });
});

describe('LCC exercises', () => {
  it('serves the curriculum’s exercises as calculator presets, and the edition’s local defaults', async () => {
    const res = await t.client().gql<{ lccExercises: { id: string; offers: { id: string; name: string }[]; scenario: { offers: unknown[] } }[]; lccDefaults: unknown }>(
      `query($r: ID) { lccExercises(locale: "en", releaseId: $r) { id title contextHtml question offers { id name } scenario } lccDefaults(locale: "en", releaseId: $r) { currency discountRate } }`,
      { r: releaseId },
    );
    const lamps = res.data!.lccExercises.find((e) => e.id === 'lamps')!;
    expect(lamps.offers.length).toBe(lamps.scenario.offers.length);
    expect(lamps.offers.every((o) => o.name.length > 0)).toBe(true);
    expect(res.data!.lccDefaults).toEqual({ currency: null, discountRate: null });
    const town = await t.client().gql<{ lccDefaults: unknown }>(`query($r: ID) { lccDefaults(locale: "en", releaseId: $r) { currency discountRate } }`, { r: editionReleaseId });
    expect(town.data!.lccDefaults).toEqual({ currency: 'EUR', discountRate: 0.04 });
  });
});

describe('who may read what', () => {
  it('shows host notes to hosts only', async () => {
    const q = `query($r: ID) { hostNotes(module: "intro", locale: "en", releaseId: $r) { title html } }`;
    expect((await t.client().gql(q, { r: releaseId })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const learner = t.client();
    await registerUser(learner);
    expect((await learner.gql(q, { r: releaseId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const host = t.client();
    const hostUser = await registerUser(host);
    await grantRoleInDb(t.dataSource, hostUser.id, 'host');
    const res = await host.gql<{ hostNotes: { title: string } }>(q, { r: releaseId });
    expect(res.data?.hostNotes.title.length).toBeGreaterThan(0);
  });

  it('gives editors the translation status and XLIFF, and nobody else', async () => {
    const q = `query($r: ID) { translationStatus(releaseId: $r, locale: "nl") { version locales summary { locale percent } rows { kind id status needsWork } } }`;
    const learner = t.client();
    await registerUser(learner);
    expect((await learner.gql(q, { r: releaseId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await learner.gql(`{ translationXliff(locale: "de") }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const editor = t.client();
    const editorUser = await registerUser(editor);
    await grantRoleInDb(t.dataSource, editorUser.id, 'editor');
    const res = await editor.gql<{ translationStatus: { locales: string[]; rows: { kind: string; id: string; status: string; needsWork: string[] }[] } }>(q, { r: releaseId });
    expect(res.data?.translationStatus.locales).toEqual(['nl']);
    const intro = res.data!.translationStatus.rows.find((r) => r.kind === 'module' && r.id === 'intro')!;
    expect(intro.status).not.toBe('complete');
    expect(intro.needsWork).toContain('modules/intro/lessons/second.nl.md');
    const xliff = await editor.gql<{ translationXliff: string }>(`{ translationXliff(locale: "de", module: "why-circular") }`);
    expect(xliff.data?.translationXliff).toContain('<xliff');
    expect(xliff.data?.translationXliff).toContain('version="2.0"');
  });

  it('never exposes quiz answer keys in the schema (only learners’ own answers and post-submission feedback)', async () => {
    // AttemptQuestion.answer is the learner's saved answer; QuestionFeedback is filled only after
    // submission (the quiz-attempt tests inspect every response before it). LiveTableAnswer.answer
    // is what a table submitted in a live group activity, shown on the projector, not a key.
    const allowed = new Set(['AttemptQuestion.answer', 'QuestionFeedback.correct', 'LiveTableAnswer.answer']);
    const res = await t.client().gql<{ __schema: { types: { name: string; kind: string; fields: { name: string }[] | null }[] } }>(
      `{ __schema { types { name kind fields { name } } } }`,
    );
    const leaks = res.data!.__schema.types
      .filter((ty) => ty.kind === 'OBJECT' && !ty.name.startsWith('__'))
      .flatMap((ty) => (ty.fields ?? []).filter((f) => /^(answer|answers|answerKey|correct|tolerance)$/i.test(f.name)).map((f) => `${ty.name}.${f.name}`))
      .filter((field) => !allowed.has(field));
    expect(leaks).toEqual([]);
  });
});
