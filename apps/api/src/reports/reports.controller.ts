import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { forbidden, unauthenticated } from '../common/errors.js';
import { IdentityService } from '../identity/index.js';
import { COMMA, csvFormatFor, SEMICOLON } from '../infra/csv/csv.js';
import { OrganisationReport } from './organisation-report.service.js';

/** The training report as a spreadsheet. REST passes the global guard: the route checks the role. */
@Controller()
export class ReportsController {
  constructor(
    private readonly identity: IdentityService,
    private readonly report: OrganisationReport,
  ) {}

  @Get('organisation/training-report.csv')
  async trainingReport(@Req() req: Request, @Res() res: Response) {
    const user = await this.identity.userForRequest(req);
    if (!user) throw unauthenticated();
    if (!user.roles.includes('org-manager') && !user.roles.includes('admin')) throw forbidden();
    const choice = req.query.separator;
    const format =
      choice === 'comma' ? COMMA : choice === 'semicolon' ? SEMICOLON : csvFormatFor(user.locale);
    const csv = await this.report.csv(user.id, format);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="training-report.csv"');
    res.setHeader('Cache-Control', 'private, no-store');
    res.end(csv);
  }
}
