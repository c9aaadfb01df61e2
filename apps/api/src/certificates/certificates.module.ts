import { CertificatesPersonalData } from './personal-data.service.js';
import { Module, type OnModuleInit } from '@nestjs/common';
import { CurriculumModule } from '../curriculum/index.js';
import { IdentityModule } from '../identity/index.js';
import { JobsService, QUEUES } from '../jobs/index.js';
import { LearningEvents, type CertificateIssueJob } from '../learning/index.js';
import { LearningModule } from '../learning/index.js';
import { CertificateEvents } from './certificate-events.js';
import { CertificateService } from './certificate.service.js';
import { CertificatesController } from './certificates.controller.js';
import { EuropeanCredentialService } from './european-credential.service.js';
import { CertificatesResolver } from './certificates.resolver.js';
import { IssuerKeysService } from './issuer-keys.service.js';
import { VerificationLimit } from './verification-limit.js';

/** Verifiable certificates, issued when a course is completed. */
@Module({
  imports: [CurriculumModule, LearningModule, IdentityModule],
  controllers: [CertificatesController],
  providers: [
    IssuerKeysService,
    CertificateEvents,
    CertificateService,
    EuropeanCredentialService,
    CertificatesResolver,
    VerificationLimit,
    CertificatesPersonalData,
  ],
  exports: [CertificateService, CertificateEvents, CertificatesPersonalData],
})
export class CertificatesModule implements OnModuleInit {
  constructor(
    private readonly events: LearningEvents,
    private readonly certificates: CertificateService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit() {
    // The durable path: the job written with the completion; idempotent (one per enrolment).
    this.jobs.handle<CertificateIssueJob>(QUEUES.certificateIssue, async ({ enrolmentId }) => {
      await this.certificates.issueForEnrolment(enrolmentId);
    });
    // The fast path: issue at once in the completing request, so the learner sees it right away.
    this.events.onCourseCompleted(async (event) => {
      await this.certificates.issueFor(event);
    });
  }
}
