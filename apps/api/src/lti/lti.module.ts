import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/index.js';
import { CurriculumModule } from '../curriculum/index.js';
import { IdentityModule } from '../identity/index.js';
import { LearningModule } from '../learning/index.js';
import { LtiController } from './lti.controller.js';
import { LtiDeepLinkingService } from './lti-deep-linking.service.js';
import { LtiGradesService } from './lti-grades.service.js';
import { LtiKeysService } from './lti-keys.service.js';
import { LtiLaunchService } from './lti-launch.service.js';
import { LtiPlatformsService } from './lti-platforms.service.js';
import { LtiRegistrationService } from './lti-registration.service.js';
import { LtiRosterResolver } from './lti-roster.resolver.js';
import { LtiRosterService } from './lti-roster.service.js';
import { LtiResolver } from './lti.resolver.js';

/** The academy as an LTI 1.3 tool: platform registration, launches, the tool's keys (issue 19). */
@Module({
  imports: [IdentityModule, CurriculumModule, LearningModule, CohortsModule],
  controllers: [LtiController],
  providers: [
    LtiKeysService,
    LtiPlatformsService,
    LtiLaunchService,
    LtiDeepLinkingService,
    LtiGradesService,
    LtiRosterService,
    LtiRegistrationService,
    LtiResolver,
    LtiRosterResolver,
  ],
})
export class LtiModule {}
