import { buildOpenBadgeCredential, recipientNameOf } from './build-credential.js';
import { OB_V3_CONTEXT, VC_V2_CONTEXT } from './credential-types.js';
import { sampleCertificateInput } from './sample-input.js';

describe('buildOpenBadgeCredential', () => {
  it('produces the Open Badges 3.0 credential shape', () => {
    const c = buildOpenBadgeCredential(sampleCertificateInput());
    expect(c['@context']).toEqual([VC_V2_CONTEXT, OB_V3_CONTEXT]);
    expect(c.id).toBe('urn:uuid:3f1c2a9e-5b7d-4c1e-9a2f-8d6b0e4c7a11');
    expect(c.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(c.issuer).toEqual({
      id: 'https://academy.example.org',
      type: ['Profile'],
      name: 'Circular Procurement Academy',
      url: 'https://academy.example.org',
    });
    expect(c.validFrom).toBe('2026-03-14T09:30:12Z');
    expect(c.awardedDate).toBe(c.validFrom);
    expect(c.name).toBe('Circular public procurement: from strategy to contract management');
    expect(c.credentialSubject.type).toEqual(['AchievementSubject']);
    expect(recipientNameOf(c)).toBe('Zoë Ødegård-Łukasz');
  });

  it('puts academy details into OB 3.0 achievement fields', () => {
    const c = buildOpenBadgeCredential(
      sampleCertificateInput({
        locale: 'nl-be',
        curriculum: { version: '2.0.1', contentHash: 'sha256:abc', edition: 'amsterdam' },
      }),
    );
    const a = c.credentialSubject.achievement;
    expect(a.id).toBe('https://academy.example.org/courses/circular-procurement-foundations');
    expect(a.type).toEqual(['Achievement']);
    expect(a.achievementType).toBe('CertificateOfCompletion');
    expect(a.criteria.narrative).toMatch(/70%/);
    expect(a.inLanguage).toBe('nl-BE');
    expect(a.version).toBe('2.0.1');
    expect(a.otherIdentifier).toEqual([
      {
        type: 'IdentifierEntry',
        identifier: 'sha256:abc',
        identifierType: 'ext:curriculumContentHash',
      },
      { type: 'IdentifierEntry', identifier: 'amsterdam', identifierType: 'ext:curriculumEdition' },
    ]);
  });

  it('records the cohort as evidence only when there is one', () => {
    expect(buildOpenBadgeCredential(sampleCertificateInput()).evidence).toBeUndefined();
    const c = buildOpenBadgeCredential(
      sampleCertificateInput({
        cohort: { id: '7d1e2f3a-1111-4222-8333-944455556666', name: 'Spring 2026' },
      }),
    );
    expect(c.evidence).toEqual([
      {
        id: 'urn:uuid:7d1e2f3a-1111-4222-8333-944455556666',
        type: ['Evidence'],
        name: 'Spring 2026',
        genre: 'Cohort',
      },
    ]);
  });

  it('derives an achievement id from the title when no course slug is given', () => {
    const c = buildOpenBadgeCredential(
      sampleCertificateInput({ courseSlug: undefined, courseTitle: 'Cirkulär Upphandling' }),
    );
    expect(c.credentialSubject.achievement.id).toBe(
      'https://academy.example.org/courses/cirkular-upphandling',
    );
  });

  it('rejects input that would make an invalid credential', () => {
    expect(() =>
      buildOpenBadgeCredential(sampleCertificateInput({ certificateId: 'cert-1' })),
    ).toThrow();
    expect(() =>
      buildOpenBadgeCredential(sampleCertificateInput({ locale: 'not a locale' })),
    ).toThrow();
    expect(() =>
      buildOpenBadgeCredential(sampleCertificateInput({ recipientName: '  ' })),
    ).toThrow();
    expect(() =>
      buildOpenBadgeCredential(sampleCertificateInput({ issuedAt: new Date('nope') })),
    ).toThrow();
  });
});
