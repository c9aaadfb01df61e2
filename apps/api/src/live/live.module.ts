import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/index.js';
import { CurriculumModule } from '../curriculum/index.js';
import { IdentityModule } from '../identity/index.js';
import { LiveController } from './live.controller.js';
import { LiveExportReadModel } from './live-export.read-model.js';
import { LiveAccess } from './live-access.js';
import { LiveActivityViews } from './live-activity.view.js';
import { LiveEvents } from './live-events.js';
import { LiveHostService } from './live-host.service.js';
import { LiveLccService } from './live-lcc.service.js';
import { LiveParticipantService } from './live-participant.service.js';
import { LiveQuizService } from './live-quiz.service.js';
import { LiveResolver } from './live.resolver.js';
import { LiveSlidesService } from './live-slides.service.js';
import { LiveRecapReadModel } from './live-recap.read-model.js';
import { LiveStateReadModel } from './live-state.read-model.js';
import { LiveTablesService } from './live-tables.service.js';
import { LivePersonalData } from './personal-data.service.js';

/** Live workshops: the host's projector and the participants' phones (docs/decisions/0014). */
@Module({
  imports: [CohortsModule, CurriculumModule, IdentityModule],
  controllers: [LiveController],
  providers: [
    LiveAccess,
    LiveActivityViews,
    LiveEvents,
    LiveExportReadModel,
    LiveHostService,
    LiveLccService,
    LiveParticipantService,
    LiveQuizService,
    LiveRecapReadModel,
    LiveSlidesService,
    LiveStateReadModel,
    LiveTablesService,
    LivePersonalData,
    LiveResolver,
  ],
  exports: [LivePersonalData],
})
export class LiveModule {}
