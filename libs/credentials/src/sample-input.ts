import type { CertificateInput } from './credential-types.js';

/** A realistic certificate input for tests, benchmarks and the API's own specs. */
export function sampleCertificateInput(
  overrides: Partial<CertificateInput> = {},
): CertificateInput {
  return {
    certificateId: '3f1c2a9e-5b7d-4c1e-9a2f-8d6b0e4c7a11',
    verifyUrl: 'https://academy.example.org/verify/3f1c2a9e-5b7d-4c1e-9a2f-8d6b0e4c7a11',
    issuer: {
      id: 'https://academy.example.org',
      name: 'Circular Procurement Academy',
      url: 'https://academy.example.org',
    },
    recipientName: 'Zoë Ødegård-Łukasz',
    courseTitle: 'Circular public procurement: from strategy to contract management',
    courseDescription: 'How public buyers use procurement to keep products and materials in use.',
    criteriaNarrative: 'Completed every module and passed each module quiz with at least 70%.',
    locale: 'en',
    issuedAt: new Date('2026-03-14T09:30:12.345Z'),
    curriculum: {
      version: '1.4.0',
      contentHash: 'sha256:9f2c4e1ab3d5e7f90123456789abcdef9f2c4e1ab3d5e7f90123456789abcdef',
    },
    courseSlug: 'circular-procurement-foundations',
    ...overrides,
  };
}
