import { Module, type OnModuleInit } from '@nestjs/common';
import { CurriculumModule } from '../curriculum/curriculum.module.js';
import { LearningEvents } from '../learning/learning-events.js';
import { LearningModule } from '../learning/learning.module.js';
import { CertificateService } from './certificate.service.js';
import { CertificatesController } from './certificates.controller.js';
import { CertificatesResolver } from './certificates.resolver.js';
import { IssuerKeysService } from './issuer-keys.service.js';
import { VerificationLimit } from './verification-limit.js';

/** Verifiable certificates, issued when a course is completed. */
@Module({
  imports: [CurriculumModule, LearningModule],
  controllers: [CertificatesController],
  providers: [IssuerKeysService, CertificateService, CertificatesResolver, VerificationLimit],
  exports: [CertificateService],
})
export class CertificatesModule implements OnModuleInit {
  constructor(
    private readonly events: LearningEvents,
    private readonly certificates: CertificateService,
  ) {}

  onModuleInit() {
    this.events.onCourseCompleted(async (event) => {
      await this.certificates.issueFor(event);
    });
  }
}
