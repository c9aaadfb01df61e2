import { Module, type OnModuleInit } from '@nestjs/common';
import { CurriculumModule } from '../curriculum/index.js';
import { ModuleGates } from '../curriculum/index.js';
import { IdentityModule } from '../identity/index.js';
import { CompletionRules } from '../learning/index.js';
import { LearningModule } from '../learning/index.js';
import { AnnouncementsService } from './messaging/announcements.service.js';
import { AttendanceService } from './schedule/attendance.service.js';
import { CalendarService } from './schedule/calendar.service.js';
import { CohortAccess } from './cohort-access.service.js';
import { CohortResolver } from './cohort.resolver.js';
import { CohortService } from './cohort.service.js';
import { CohortsController } from './reporting/cohorts.controller.js';
import { CohortCompletionService } from './schedule/completion.service.js';
import { CsvImportService } from './membership/csv-import.service.js';
import { DashboardResolver } from './reporting/dashboard.resolver.js';
import { DashboardReadModel } from './reporting/dashboard.read-model.js';
import { DashboardService } from './reporting/dashboard.service.js';
import { ExportsService } from './reporting/exports.service.js';
import { InvitationService } from './messaging/invitation.service.js';
import { JoiningResolver } from './membership/joining.resolver.js';
import { JoiningService } from './membership/joining.service.js';
import { ModuleLocks } from './schedule/module-locks.service.js';
import { MyCohortsService } from './my-cohorts.service.js';
import { OutboxService } from './messaging/outbox.service.js';
import { ScheduleResolver } from './schedule/schedule.resolver.js';
import { SessionsService } from './schedule/sessions.service.js';
import { CohortsPersonalData } from './personal-data.service.js';
import { CohortLiveSessions } from './schedule/live-sessions.port.js';
import { CohortRosterImport } from './membership/roster-import.port.js';
import { WorkshopKitController } from './kit/workshop-kit.controller.js';
import { WorkshopKitResolver } from './kit/workshop-kit.resolver.js';
import { WorkshopKitService } from './kit/workshop-kit.service.js';

/** Live programmes: cohorts, sessions, joining, attendance, the host dashboard and exports. */
@Module({
  imports: [CurriculumModule, LearningModule, IdentityModule],
  controllers: [CohortsController, WorkshopKitController],
  providers: [
    CohortsPersonalData,
    CohortLiveSessions,
    CohortRosterImport,
    CohortAccess,
    CohortService,
    MyCohortsService,
    ModuleLocks,
    SessionsService,
    AttendanceService,
    AnnouncementsService,
    JoiningService,
    CsvImportService,
    InvitationService,
    OutboxService,
    CalendarService,
    DashboardService,
    DashboardReadModel,
    ExportsService,
    CohortCompletionService,
    CohortResolver,
    ScheduleResolver,
    JoiningResolver,
    DashboardResolver,
    WorkshopKitService,
    WorkshopKitResolver,
  ],
  exports: [CohortCompletionService, CohortsPersonalData, CohortLiveSessions, CohortRosterImport],
})
export class CohortsModule implements OnModuleInit {
  constructor(
    private readonly rules: CompletionRules,
    private readonly completion: CohortCompletionService,
    private readonly gates: ModuleGates,
    private readonly moduleLocks: ModuleLocks,
  ) {}

  /** A cohort's minimum attendance becomes part of its participants' completion (and certificate). */
  onModuleInit() {
    this.rules.register(async (enrolment) => {
      if (!enrolment.cohortId) return [];
      const status = await this.completion.status(enrolment.cohortId, enrolment.userId);
      return status && status.minAttendance !== null
        ? [{ rule: 'attendance', met: status.meetsAttendance }]
        : [];
    });
    // A cohort's unlock dates hold for its participants on the server (lessons, progress, quizzes).
    this.gates.register((userId, module) => this.moduleLocks.lockedUntil(userId, module));
  }
}
