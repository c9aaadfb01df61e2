import { readFileSync } from 'node:fs';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { buildOpenBadgeCredential } from './build-credential.js';
import { sampleCertificateInput } from './sample-input.js';

// Conformance with the vendored 1EdTech OB 3.0 AchievementCredential schema (see test/schema/NOTICE.md).
type Json = Record<string, unknown>;
const schema = JSON.parse(
  readFileSync(
    new URL('../test/schema/ob_v3p0_achievementcredential_schema.json', import.meta.url),
    'utf8',
  ),
) as Json & { required: string[]; $defs: Record<string, { required?: string[] }> };

// Strict mode refuses unknown keywords and formats, so no constraint is silently skipped. Tuples
// stay open because the published schema leaves them open on purpose (additionalItems).
const ajv = new Ajv2019({ allErrors: true, strict: true, strictTuples: false });
addFormats.default(ajv);
const check = ajv.compile(schema);
/** Ajv's errors as `path: message`; an empty list means the credential conforms. */
const validate = (credential: unknown): string[] =>
  check(credential)
    ? []
    : (check.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? e.keyword}`);

const full = buildOpenBadgeCredential(
  sampleCertificateInput({
    locale: 'nl-BE',
    curriculum: { version: '1.4.0', contentHash: 'sha256:abc', edition: 'amsterdam' },
    cohort: { id: '7d1e2f3a-1111-4222-8333-944455556666', name: 'Spring 2026' },
  }),
);
const minimal = buildOpenBadgeCredential(sampleCertificateInput({ courseSlug: undefined }));
const mutate = (change: (c: Json) => void): Json => {
  const copy = structuredClone(full) as unknown as Json;
  change(copy);
  return copy;
};
const at = (obj: Json, ...path: (string | number)[]): Json =>
  path.reduce<unknown>((node, key) => (node as Json)[key as string], obj) as Json;

describe('OB 3.0 AchievementCredential schema', () => {
  it('lists the required fields we rely on', () => {
    expect(schema.required).toEqual([
      '@context',
      'id',
      'type',
      'credentialSubject',
      'issuer',
      'validFrom',
    ]);
    expect(schema.$defs.AchievementSubject?.required).toEqual(['type', 'achievement']);
    expect(schema.$defs.Achievement?.required).toEqual([
      'id',
      'type',
      'criteria',
      'description',
      'name',
    ]);
    expect(schema.$defs.Profile?.required).toEqual(['id', 'type']);
    expect(schema.$defs.IdentityObject?.required).toEqual([
      'type',
      'hashed',
      'identityHash',
      'identityType',
    ]);
    expect(schema.$defs.IdentifierEntry?.required).toEqual([
      'type',
      'identifier',
      'identifierType',
    ]);
    expect(schema.$defs.Evidence?.required).toEqual(['type']);
    expect(schema.$defs.CredentialSchema?.required).toEqual(['id', 'type']);
  });

  it('accepts the credentials we build', () => {
    expect(validate(full)).toEqual([]);
    expect(validate(minimal)).toEqual([]);
  });

  it('gives the subject an identifier, as OB 3.0 requires when there is no subject id', () => {
    expect(full.credentialSubject.identifier.length).toBeGreaterThan(0);
  });

  it('rejects credentials that break the schema, at the place that breaks it', () => {
    const broken: [string, Json, string][] = [
      [
        'missing validFrom',
        mutate((c) => delete c.validFrom),
        "/: must have required property 'validFrom'",
      ],
      [
        'contexts swapped',
        mutate((c) => (c['@context'] = [...(c['@context'] as string[])].reverse())),
        '/@context/0: must be equal to one of the allowed values',
      ],
      [
        'no OpenBadgeCredential type',
        mutate((c) => (c.type = ['VerifiableCredential'])),
        '/type: must contain at least 1 valid item(s)',
      ],
      [
        'issuer profile without type',
        mutate((c) => delete at(c, 'issuer').type),
        "/issuer: must have required property 'type'",
      ],
      [
        'lower-case region',
        mutate((c) => (at(c, 'credentialSubject', 'achievement').inLanguage = 'nl-be')),
        '/credentialSubject/achievement/inLanguage: must match pattern',
      ],
      [
        'unknown achievementType',
        mutate((c) => (at(c, 'credentialSubject', 'achievement').achievementType = 'Cert')),
        '/credentialSubject/achievement/achievementType: must match exactly one schema in oneOf',
      ],
      [
        'achievement without criteria',
        mutate((c) => delete at(c, 'credentialSubject', 'achievement').criteria),
        "/credentialSubject/achievement: must have required property 'criteria'",
      ],
      [
        'extra identity field',
        mutate((c) => (at(c, 'credentialSubject', 'identifier', 0).email = 'x@example.org')),
        '/credentialSubject/identifier/0: must NOT have additional properties',
      ],
      [
        'identifier type without ext:',
        mutate(
          (c) =>
            (at(c, 'credentialSubject', 'achievement', 'otherIdentifier', 0).identifierType =
              'hash'),
        ),
        '/credentialSubject/achievement/otherIdentifier/0/identifierType: must match exactly one',
      ],
      [
        'bad date',
        mutate((c) => (c.validFrom = '14 March 2026')),
        '/validFrom: must match format "date-time"',
      ],
      [
        'date-time without a time zone',
        mutate((c) => (c.validFrom = '2026-03-14T10:00:00')),
        '/validFrom: must match format "date-time"',
      ],
    ];
    for (const [label, credential, expected] of broken) {
      const errors = validate(credential);
      expect(
        errors.some((e) => e.startsWith(expected)),
        `${label}: ${errors.join('; ')}`,
      ).toBe(true);
    }
  });
});
