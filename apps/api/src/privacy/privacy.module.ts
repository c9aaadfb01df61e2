import { Module } from '@nestjs/common';
import { CertificatesModule } from '../certificates/index.js';
import { CohortsModule } from '../cohorts/index.js';
import { IdentityModule } from '../identity/index.js';
import { LearningModule } from '../learning/index.js';
import { LiveModule } from '../live/index.js';
import { PrivacyResolver } from './privacy.resolver.js';
import { PrivacyService } from './privacy.service.js';

/** The data-subject rights: access and portability, erasure. Composes the features' own parts. */
@Module({
  imports: [IdentityModule, LearningModule, CohortsModule, CertificatesModule, LiveModule],
  providers: [PrivacyService, PrivacyResolver],
})
export class PrivacyModule {}
