import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { notFound, unauthenticated } from '../common/errors.js';
import { IdentityService } from '../identity/index.js';
import { COMMA, csvFormatFor, SEMICOLON } from '../infra/csv/csv.js';
import { LiveAccess } from './live-access.js';
import { LiveExportReadModel } from './live-export.read-model.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The results download; REST routes pass the global guard, so the host is checked here. */
@Controller()
export class LiveController {
  constructor(
    private readonly identity: IdentityService,
    private readonly access: LiveAccess,
    private readonly exports: LiveExportReadModel,
  ) {}

  @Get('live/:id/results.csv')
  async results(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    const user = await this.identity.userForRequest(req);
    if (!user) throw unauthenticated();
    if (!UUID.test(id)) throw notFound('The live session');
    const session = await this.access.asHost(user, id);
    const choice = req.query.separator;
    const format =
      choice === 'comma' ? COMMA : choice === 'semicolon' ? SEMICOLON : csvFormatFor(user.locale);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="live-results.csv"');
    res.setHeader('Cache-Control', 'private, no-store');
    res.end(await this.exports.csv(session.id, format));
  }
}
