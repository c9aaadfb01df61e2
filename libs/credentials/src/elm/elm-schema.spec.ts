import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { buildEuropeanLearningCredential, isoDuration, type ElmInput } from './build-elm.js';

// Conformance with the Europass EDC JSON schema (ELM 3.2) published by EBSI (see test/schema/NOTICE.md).
type Json = Record<string, unknown>;
const schema = JSON.parse(
  readFileSync(
    new URL('../../test/schema/edc_vcdm2.0_europass_edc_schema.json', import.meta.url),
    'utf8',
  ),
) as Json;
// Not strict: the published schema nests a `$schema` inside allOf and uses `format` beside
// `anyOf`, which Ajv's strict mode refuses although both are valid JSON Schema.
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const check = ajv.compile(schema);
const validate = (credential: unknown): string[] =>
  check(credential)
    ? []
    : (check.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? e.keyword}`);

const input: ElmInput = {
  certificateId: '3f1c2a9e-5b7d-4c1e-9a2f-8d6b0e4c7a11',
  verifyUrl: 'https://academy.example.org/verify/3f1c2a9e-5b7d-4c1e-9a2f-8d6b0e4c7a11',
  issuer: {
    id: 'https://academy.example.org/issuer',
    name: 'Circular Procurement Academy',
    url: 'https://academy.example.org',
    country: 'BEL',
  },
  recipientName: 'Ada Lovelace',
  locale: 'nl-BE',
  issuedAt: new Date('2026-03-14T10:20:30.456Z'),
  course: {
    id: 'https://academy.example.org/courses/basics',
    title: 'Circulair aankopen: de basis',
    description: 'Wat circulair aankopen is en hoe je begint.',
    studyMinutes: 135,
    learningOutcomes: ['Circulaire strategieën herkennen', 'Levenscycluskosten berekenen'],
  },
  assessment: {
    title: 'Eindtoets',
    description: 'Geslaagd bij 70 % of meer.',
    grade: 'Geslaagd (85 %)',
  },
  curriculum: { version: '1.4.0', contentHash: 'sha256:abc' },
  display: { contentType: 'PDF', base64: 'JVBERi0xLjcK' },
};
const built = buildEuropeanLearningCredential(input);
const mutate = (change: (c: Json) => void): Json => {
  const copy = structuredClone(built) as Json;
  change(copy);
  return copy;
};
const claim = (c: Json) =>
  ((c.credentialSubject as Json).hasClaim as Json[])[0] as Json & { specifiedBy: Json };

describe('European Digital Credential (ELM 3)', () => {
  it('conforms to the Europass EDC JSON schema', () => {
    expect(validate(built)).toEqual([]);
  });

  it('says what was learned, how long it took and how it was assessed, in the learner’s language', () => {
    const achievement = claim(built);
    expect(achievement.title).toEqual({ nl: 'Circulair aankopen: de basis' });
    expect(achievement.specifiedBy.volumeOfLearning).toBe('PT2H15M');
    expect(achievement.specifiedBy.learningOutcome).toEqual([
      expect.objectContaining({
        type: 'LearningOutcome',
        title: { nl: 'Circulaire strategieën herkennen' },
      }),
      expect.objectContaining({ title: { nl: 'Levenscycluskosten berekenen' } }),
    ]);
    expect(achievement.specifiedBy.language).toEqual([
      expect.objectContaining({
        id: 'http://publications.europa.eu/resource/authority/language/NLD',
      }),
    ]);
    expect((achievement.provenBy as Json[])[0]).toMatchObject({
      type: 'LearningAssessment',
      grade: { noteLiteral: { nl: 'Geslaagd (85 %)' } },
    });
    expect(built.validFrom).toBe('2026-03-14T10:20:30Z');
    expect((built.credentialSubject as Json).fullName).toEqual({ nl: 'Ada Lovelace' });
  });

  it('is the same document when built twice', () => {
    expect(buildEuropeanLearningCredential(input)).toEqual(built);
  });

  it.each([
    ['without credentialProfiles', mutate((c) => delete c.credentialProfiles)],
    ['without a display', mutate((c) => delete c.displayParameter)],
    ['with an unknown type', mutate((c) => (c.type = ['VerifiableCredential', 'Diploma', 'X']))],
    ['with a language map keyed by a locale', mutate((c) => (claim(c).title = { 'nl-BE': 'x' }))],
    ['with a bad workload', mutate((c) => (claim(c).specifiedBy.volumeOfLearning = '2 hours'))],
    [
      'with an assessment without grade',
      mutate((c) => delete ((claim(c).provenBy as Json[])[0] as Json).grade),
    ],
    ['with an unknown property in an achievement', mutate((c) => (claim(c).score = 1))],
  ])('is refused by the schema %s', (_, credential) => {
    expect(validate(credential)).not.toEqual([]);
  });

  it('refuses input it cannot express', () => {
    expect(() =>
      buildEuropeanLearningCredential({
        ...input,
        issuer: { ...input.issuer, country: 'Belgium' },
      }),
    ).toThrow(/three-letter/);
    expect(() => buildEuropeanLearningCredential({ ...input, locale: 'xx' })).toThrow(/language/);
  });

  it('writes workloads as ISO 8601 durations', () => {
    expect([isoDuration(45), isoDuration(60), isoDuration(61), isoDuration(600)]).toEqual([
      'PT45M',
      'PT1H',
      'PT1H1M',
      'PT10H',
    ]);
  });
});
