import type { CertificateFieldsFragment } from '../graphql/generated';

/** A valid certificate as the API returns it, for component and page tests. */
export const SAMPLE_CERTIFICATE_ID = '3f1c2a9e-5b7d-4c1e-9a2f-8d6b0e4c7a11';

export function sampleCertificate(
  overrides: Partial<CertificateFieldsFragment> = {},
): CertificateFieldsFragment {
  const id = SAMPLE_CERTIFICATE_ID;
  return {
    id,
    status: 'valid',
    recipientName: 'Zoë Verhoeven',
    courseSlug: 'basics',
    courseTitle: 'Basics of circular procurement',
    issuedAt: '2026-03-14T09:30:12Z',
    locale: 'en',
    curriculumVersion: '1.2.0',
    contentHash: 'sha256:9f2c4e1ab3d5e7f90123456789abcdef',
    edition: null,
    revokedAt: null,
    revokedReason: null,
    verifyUrl: `https://academy.example.org/verify/${id}`,
    pdfUrl: `https://academy.example.org/certificates/${id}/certificate.pdf`,
    credentialUrl: `https://academy.example.org/certificates/${id}/credential.jwt`,
    linkedInUrl: 'https://www.linkedin.com/profile/add?certId=x',
    ...overrides,
  };
}
