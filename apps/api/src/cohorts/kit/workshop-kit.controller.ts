import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { notFound, unauthenticated } from '../../common/errors.js';
import type { CurrentUser } from '../../common/graphql-context.js';
import { IdentityService } from '../../identity/index.js';
import { WorkshopKitService, type KitFile } from './workshop-kit.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Workshop kit downloads for the hosts of a cohort (session cookie; participants and strangers get
 * NOT_FOUND, as for the cohort itself). `?locale=` picks the language (default: the cohort's);
 * `?download=1` asks the browser to save the file instead of showing it.
 */
@Controller('cohorts/:id/kit')
export class WorkshopKitController {
  constructor(
    private readonly identity: IdentityService,
    private readonly kit: WorkshopKitService,
  ) {}

  @Get(':module/slides.html')
  async slides(
    @Param('id') id: string,
    @Param('module') module: string,
    @Query('locale') locale: unknown,
    @Query('download') download: unknown,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | Buffer> {
    const user = await this.check(req, id, module);
    return send(reply, await this.kit.slides(user, id, module, text(locale)), download);
  }

  @Get(':module/cards.pdf')
  async cards(
    @Param('id') id: string,
    @Param('module') module: string,
    @Query('locale') locale: unknown,
    @Query('download') download: unknown,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | Buffer> {
    const user = await this.check(req, id, module);
    return send(reply, await this.kit.cards(user, id, module, text(locale)), download);
  }

  @Get('evaluation-form.pdf')
  async evaluationForm(
    @Param('id') id: string,
    @Query('locale') locale: unknown,
    @Query('download') download: unknown,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | Buffer> {
    const user = await this.check(req, id);
    return send(reply, await this.kit.evaluationForm(user, id, text(locale)), download);
  }

  @Get('train-the-trainer.pdf')
  async trainerGuide(
    @Param('id') id: string,
    @Query('locale') locale: unknown,
    @Query('download') download: unknown,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | Buffer> {
    const user = await this.check(req, id);
    return send(reply, await this.kit.trainerGuide(user, id, text(locale)), download);
  }

  private async check(req: FastifyRequest, id: string, module?: string): Promise<CurrentUser> {
    const user = await this.identity.userForRequest(req);
    if (!user) throw unauthenticated();
    if (!UUID.test(id)) throw notFound('The cohort');
    if (module !== undefined && !SLUG.test(module)) throw notFound(`The module "${module}"`);
    return user;
  }
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function send(reply: FastifyReply, file: KitFile, download: unknown): string | Buffer {
  const disposition = download === '1' ? 'attachment' : 'inline';
  void reply.headers({
    'content-type': file.contentType,
    'content-disposition': `${disposition}; filename="${file.filename}"`,
    // Host material: never kept by shared caches.
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
    ...file.headers,
  });
  return typeof file.body === 'string' ? file.body : Buffer.from(file.body);
}
