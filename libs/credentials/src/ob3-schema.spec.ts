import { readFileSync } from 'node:fs';
import { validate } from '../test/json-schema-subset.js';
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
    expect(validate(schema, full)).toEqual([]);
    expect(validate(schema, minimal)).toEqual([]);
  });

  it('gives the subject an identifier, as OB 3.0 requires when there is no subject id', () => {
    expect(full.credentialSubject.identifier.length).toBeGreaterThan(0);
  });

  it('rejects credentials that break the schema (so the check has teeth)', () => {
    const broken: [string, Json][] = [
      ['missing validFrom', mutate((c) => delete c.validFrom)],
      [
        'contexts swapped',
        mutate((c) => (c['@context'] = [...(c['@context'] as string[])].reverse())),
      ],
      ['no OpenBadgeCredential type', mutate((c) => (c.type = ['VerifiableCredential']))],
      ['issuer profile without type', mutate((c) => delete at(c, 'issuer').type)],
      [
        'lower-case region',
        mutate((c) => (at(c, 'credentialSubject', 'achievement').inLanguage = 'nl-be')),
      ],
      [
        'unknown achievementType',
        mutate((c) => (at(c, 'credentialSubject', 'achievement').achievementType = 'Cert')),
      ],
      [
        'achievement without criteria',
        mutate((c) => delete at(c, 'credentialSubject', 'achievement').criteria),
      ],
      [
        'extra identity field',
        mutate((c) => (at(c, 'credentialSubject', 'identifier', 0).email = 'x@example.org')),
      ],
      [
        'identifier type without ext:',
        mutate(
          (c) =>
            (at(c, 'credentialSubject', 'achievement', 'otherIdentifier', 0).identifierType =
              'hash'),
        ),
      ],
      ['bad date', mutate((c) => (c.validFrom = '14 March 2026'))],
    ];
    for (const [label, credential] of broken) {
      expect(validate(schema, credential), label).not.toEqual([]);
    }
  });
});
