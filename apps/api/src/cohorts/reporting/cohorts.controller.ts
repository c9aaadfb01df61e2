import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { notFound, unauthenticated } from '../../common/errors.js';
import type { CurrentUser } from '../../common/graphql-context.js';
import { IdentityService } from '../../identity/index.js';
import { CalendarService } from '../schedule/calendar.service.js';
import { CohortAccess } from '../cohort-access.service.js';
import { exportKinds, ExportsService, type ExportKind } from './exports.service.js';
import { chosenCsvFormat, csvDownload } from '../../infra/csv/csv-download.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Files a browser or calendar app fetches directly. The global guard lets REST through, so each
 * route checks access itself: the session cookie for hosts and participants, or the secret token
 * of a participant's calendar feed. Refusals are AppErrors (401, 404 through AppErrorFilter).
 */
@Controller()
export class CohortsController {
  constructor(
    private readonly identity: IdentityService,
    private readonly access: CohortAccess,
    private readonly calendars: CalendarService,
    private readonly exports: ExportsService,
  ) {}

  @Get('cohorts/:id/calendar.ics')
  async cohortCalendar(
    @Param('id') id: string,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const user = await this.user(req);
    if (!UUID.test(id)) throw notFound('The cohort');
    await this.access.asMember(user, id);
    return this.calendar(reply, (await this.calendars.forCohort(id))!, 'private, no-store');
  }

  @Get('calendar/:token.ics')
  async subscribedCalendar(
    @Param('token') token: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const ics = /^[A-Za-z0-9_-]{20,100}$/.test(token) ? await this.calendars.forToken(token) : null;
    if (!ics) throw notFound('This calendar');
    return this.calendar(reply, ics, 'private, max-age=300');
  }

  @Get('cohorts/:id/export/:kind.csv')
  async export(
    @Param('id') id: string,
    @Param('kind') kind: string,
    @Query('separator') choice: unknown,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const user = await this.user(req);
    if (!exportKinds.includes(kind as ExportKind)) throw notFound('This export');
    if (!UUID.test(id)) throw notFound('The cohort');
    const cohort = await this.access.asHost(user, id);
    const format = chosenCsvFormat(choice, user.locale);
    const csv = await this.exports.export(cohort, kind as ExportKind, format);
    csvDownload(reply, `cohort-${kind}.csv`);
    return csv;
  }

  private async user(req: FastifyRequest): Promise<CurrentUser> {
    const user = await this.identity.userForRequest(req);
    if (!user) throw unauthenticated();
    return user;
  }

  private calendar(reply: FastifyReply, ics: string, cache: string): string {
    void reply.headers({
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': 'inline; filename="cohort.ics"',
      'cache-control': cache,
    });
    return ics;
  }
}
