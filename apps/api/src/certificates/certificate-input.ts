import type { CertificateInput } from '@academy/credentials';
import type { CertificateEntity } from './certificate.entity.js';
import type { CertificateService } from './certificate.service.js';

/** What the PDF (and the European credential) say about a stored certificate. */
export function certificateInputOf(
  c: CertificateEntity,
  certificates: CertificateService,
  verifyUrl: string,
): CertificateInput {
  const achievement = certificates.credentialOf(c).credentialSubject.achievement;
  return {
    certificateId: c.id,
    verifyUrl,
    issuer: certificates.issuer(),
    recipientName: c.recipientName,
    courseTitle: c.courseTitle,
    courseDescription: achievement.description,
    criteriaNarrative: achievement.criteria.narrative,
    locale: c.locale,
    issuedAt: c.issuedAt,
    curriculum: {
      version: c.curriculumVersion,
      contentHash: c.contentHash,
      edition: c.edition ?? undefined,
    },
    courseSlug: c.courseSlug,
  };
}
