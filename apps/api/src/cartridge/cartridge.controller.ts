import {
  Controller,
  ForbiddenException,
  Get,
  Inject,
  NotFoundException,
  Param,
  Req,
  Res,
  UnauthorizedException,
} from '@nestjs/common';
import { buildCartridge, zipCartridge } from '@academy/curriculum';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { CourseContentService } from '../curriculum/index.js';
import { IdentityService } from '../identity/index.js';
import { quizLabel } from './quiz-label.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;
const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * A course of a release as an IMS Common Cartridge 1.3 file, for an LMS that cannot use LTI.
 * It carries the quizzes' answer keys, so only administrators may download it.
 */
@Controller()
export class CartridgeController {
  constructor(
    private readonly identity: IdentityService,
    private readonly content: CourseContentService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('admin/releases/:releaseId/courses/:course/:locale.imscc')
  async download(
    @Param('releaseId') releaseId: string,
    @Param('course') course: string,
    @Param('locale') locale: string,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const user = await this.identity.userForRequest(req);
    if (!user) throw new UnauthorizedException('Please sign in to continue.');
    if (!user.roles.includes('admin'))
      throw new ForbiddenException('Only administrators can export a course.');
    if (!UUID.test(releaseId) || !SLUG.test(course) || !LOCALE.test(locale))
      throw new NotFoundException('The course was not found.');

    const found = await this.content.course(releaseId, course, locale);
    const academyUrl = (this.config.publicUrl ?? `${req.protocol}://${req.headers.host}`).replace(
      /\/$/,
      '',
    );
    const cartridge = buildCartridge({
      identifier: `${found.release.id}-${course}-${locale}`,
      locale,
      title: found.title,
      description: found.summary,
      version: found.release.version,
      academyUrl,
      modules: found.modules.map(({ quiz, ...m }) => ({
        ...m,
        quiz: quiz && { ...quiz, title: `${quizLabel(locale)}: ${m.title}` },
      })),
    });
    const file = `${course}-${found.release.version}-${locale}.imscc`;
    const zip = Buffer.from(zipCartridge(cartridge));
    void reply.headers({
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="${file}"`,
      'cache-control': 'private, no-store',
    });
    return zip;
  }
}
