import {
  buildEuropeanLearningCredential,
  renderCertificatePdf,
  type EuropeanDigitalCredential,
} from '@academy/credentials';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { CurriculumContentService, pickText, ReleaseService } from '../curriculum/index.js';
import { CourseStructureService } from '../learning/index.js';
import type { CertificateEntity } from './certificate.entity.js';
import { certificateInputOf } from './certificate-input.js';
import { CertificateService } from './certificate.service.js';
import { elmLabels } from './elm-labels.js';
import { criteriaNarrative } from './narrative.js';

/**
 * The certificate as a European Digital Credential (ELM 3): learning outcomes are the objectives
 * of the course's lessons, the workload their estimated minutes, the assessment the final
 * assessment (or the module quizzes), all from the release the learner studied, in the language
 * they took the course in. Null when ISSUER_COUNTRY is not set (ELM needs the issuer's country).
 */
@Injectable()
export class EuropeanCredentialService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly certificates: CertificateService,
    private readonly content: CurriculumContentService,
    private readonly structures: CourseStructureService,
    private readonly releases: ReleaseService,
  ) {}

  get offered(): boolean {
    return this.config.issuerCountry !== undefined;
  }

  async build(c: CertificateEntity, verifyUrl: string): Promise<EuropeanDigitalCredential | null> {
    const country = this.config.issuerCountry;
    if (!country) return null;
    const [release, structure] = await Promise.all([
      this.releases.resolve(c.releaseId),
      this.structures.get(c.releaseId, c.courseSlug),
    ]);
    const lessons = await Promise.all(
      structure.lessonKeys.map((k) => {
        const [module = '', slug = ''] = k.split('/');
        return this.content.lesson(c.releaseId, module, slug);
      }),
    );
    const outcomes = new Set<string>();
    let minutes = 0;
    for (const lesson of lessons) {
      if (!lesson) continue;
      minutes += lesson.minutes;
      const { text } = pickText<{ objectives?: string[] }>(lesson.texts, c.locale, release);
      for (const objective of text.objectives ?? []) outcomes.add(objective.trim());
    }
    const words = elmLabels(c.locale);
    const passMark = structure.finalAssessment?.passMark ?? null;
    const input = certificateInputOf(c, this.certificates, verifyUrl);
    const pdf = await renderCertificatePdf(input);
    const issuer = this.certificates.issuer();
    return buildEuropeanLearningCredential({
      certificateId: c.id,
      verifyUrl,
      issuer: { ...issuer, country },
      recipientName: c.recipientName,
      locale: c.locale,
      issuedAt: c.issuedAt,
      course: {
        id: `${issuer.url}/courses/${c.courseSlug}`,
        title: c.courseTitle,
        description: input.courseDescription,
        studyMinutes: Math.max(minutes, 1),
        learningOutcomes: outcomes.size > 0 ? [...outcomes] : [input.courseDescription],
      },
      assessment: {
        title: passMark !== null ? words.finalAssessment : words.moduleQuizzes,
        description: criteriaNarrative(c.locale, c.courseTitle, passMark),
        grade: words.passed,
      },
      curriculum: { version: c.curriculumVersion, contentHash: c.contentHash },
      display: { contentType: 'PDF', base64: Buffer.from(pdf).toString('base64') },
    });
  }
}
