import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { forbidden, unauthenticated } from '../common/errors.js';
import { IdentityService } from '../identity/index.js';
import { chosenCsvFormat, csvDownload } from '../infra/csv/csv-download.js';
import { OrganisationReport } from './organisation-report.service.js';

/** The training report as a spreadsheet. REST passes the global guard: the route checks the role. */
@Controller()
export class ReportsController {
  constructor(
    private readonly identity: IdentityService,
    private readonly report: OrganisationReport,
  ) {}

  @Get('organisation/training-report.csv')
  async trainingReport(
    @Query('separator') choice: unknown,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const user = await this.identity.userForRequest(req);
    if (!user) throw unauthenticated();
    if (!user.roles.includes('org-manager') && !user.roles.includes('admin')) throw forbidden();
    const format = chosenCsvFormat(choice, user.locale);
    const csv = await this.report.csv(user.id, format);
    csvDownload(reply, 'training-report.csv');
    return csv;
  }
}
