import { Module } from '@nestjs/common';
import { CertificatesModule } from '../certificates/index.js';
import { CohortsModule } from '../cohorts/index.js';
import { IdentityModule } from '../identity/index.js';
import { LearningModule } from '../learning/index.js';
import { LiveModule } from '../live/index.js';
import { WorkspaceModule } from '../workspace/index.js';
import { XapiModule } from '../xapi/index.js';
import { NoticeResolver } from './notice.resolver.js';
import { PrivacyResolver } from './privacy.resolver.js';
import { PrivacyService } from './privacy.service.js';
import { RetentionService } from './retention.service.js';

/**
 * The data-subject rights (access and portability, erasure), the privacy notice and the record of
 * processing, and the retention jobs. Composes the features' own parts.
 */
@Module({
  imports: [
    IdentityModule,
    LearningModule,
    CohortsModule,
    CertificatesModule,
    LiveModule,
    XapiModule,
    WorkspaceModule,
  ],
  providers: [PrivacyService, PrivacyResolver, NoticeResolver, RetentionService],
})
export class PrivacyModule {}
