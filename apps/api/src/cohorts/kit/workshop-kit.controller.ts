import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
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
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const user = await this.check(req, id, module);
    send(res, await this.kit.slides(user, id, module, text(locale)), req);
  }

  @Get(':module/cards.pdf')
  async cards(
    @Param('id') id: string,
    @Param('module') module: string,
    @Query('locale') locale: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const user = await this.check(req, id, module);
    send(res, await this.kit.cards(user, id, module, text(locale)), req);
  }

  @Get('evaluation-form.pdf')
  async evaluationForm(
    @Param('id') id: string,
    @Query('locale') locale: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const user = await this.check(req, id);
    send(res, await this.kit.evaluationForm(user, id, text(locale)), req);
  }

  @Get('train-the-trainer.pdf')
  async trainerGuide(
    @Param('id') id: string,
    @Query('locale') locale: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const user = await this.check(req, id);
    send(res, await this.kit.trainerGuide(user, id, text(locale)), req);
  }

  private async check(req: Request, id: string, module?: string): Promise<CurrentUser> {
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

function send(res: Response, file: KitFile, req: Request): void {
  const disposition = req.query.download === '1' ? 'attachment' : 'inline';
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Disposition', `${disposition}; filename="${file.filename}"`);
  // Host material: never kept by shared caches.
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  for (const [k, v] of Object.entries(file.headers ?? {})) res.setHeader(k, v);
  res.end(typeof file.body === 'string' ? file.body : Buffer.from(file.body));
}
