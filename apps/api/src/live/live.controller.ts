import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { notFound, unauthenticated } from '../common/errors.js';
import { IdentityService } from '../identity/index.js';
import { chosenCsvFormat, csvDownload } from '../infra/csv/csv-download.js';
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
  async results(
    @Param('id') id: string,
    @Query('separator') choice: unknown,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const user = await this.identity.userForRequest(req);
    if (!user) throw unauthenticated();
    if (!UUID.test(id)) throw notFound('The live session');
    const session = await this.access.asHost(user, id);
    const format = chosenCsvFormat(choice, user.locale);
    const csv = await this.exports.csv(session.id, format);
    csvDownload(reply, 'live-results.csv');
    return csv;
  }
}
