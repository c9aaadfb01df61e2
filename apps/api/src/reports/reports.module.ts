import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/index.js';
import { OrganisationReportReadModel } from './organisation-report.read-model.js';
import { OrganisationReport } from './organisation-report.service.js';
import { PartnershipReadModel } from './partnership.read-model.js';
import { ReportsController } from './reports.controller.js';
import { ReportsResolver } from './reports.resolver.js';

/**
 * Reports over the academy's training (issue 21, items 7 and 8): an organisation's training
 * report for its manager, and the partnership's aggregate figures for admins. Read-only.
 */
@Module({
  imports: [IdentityModule],
  controllers: [ReportsController],
  providers: [
    OrganisationReportReadModel,
    OrganisationReport,
    PartnershipReadModel,
    ReportsResolver,
  ],
})
export class ReportsModule {}
