import { createHash } from 'node:crypto';
import {
  All,
  Body,
  Controller,
  Get,
  Header,
  Inject,
  Logger,
  Param,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, httpStatusOf } from '../common/errors.js';
import { publicOrigin } from '../common/request-origin.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { setSessionCookie } from '../identity/index.js';
import { LtiKeysService } from './lti-keys.service.js';
import { type LoginRequest, LtiLaunchService } from './lti-launch.service.js';
import { LtiDeepLinkingService } from './lti-deep-linking.service.js';
import { pageLocale } from './lti-page-texts.js';
import {
  AUTO_POST_SCRIPT,
  autoPostPage,
  CLOSE_SCRIPT,
  launchErrorPage,
  pickerPage,
  registeredPage,
} from './lti-pages.js';
import { LtiRegistrationService } from './lti-registration.service.js';

const scriptHash = (script: string) =>
  `sha256-${createHash('sha256').update(script).digest('base64')}`;
const AUTO_POST_HASH = scriptHash(AUTO_POST_SCRIPT);
const CLOSE_HASH = scriptHash(CLOSE_SCRIPT);
const HTML = 'text/html; charset=utf-8';

/**
 * The LTI 1.3 endpoints a platform calls: login initiation, launch (the redirection URI) and the
 * tool's public keys. Public by design: the platform's signed id_token is the credential.
 */
@Controller('lti')
export class LtiController {
  private readonly logger = new Logger('lti');

  constructor(
    private readonly launches: LtiLaunchService,
    private readonly keys: LtiKeysService,
    private readonly deepLinking: LtiDeepLinkingService,
    private readonly registration: LtiRegistrationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('jwks.json')
  @Header('Cache-Control', 'public, max-age=300')
  async jwks() {
    return { keys: await this.keys.publicKeys() };
  }

  /** Third-party-initiated login: parameters in the query (GET) or the form body (POST). */
  @All('login')
  async login(
    @Query() query: LoginRequest,
    @Body() body: LoginRequest | undefined,
    @Req() req: FastifyRequest,
    @Res() res: FastifyReply,
  ) {
    const params = req.method === 'POST' ? { ...query, ...(body ?? {}) } : query;
    try {
      await res.redirect(await this.launches.login(params, this.origin(req)), 302);
    } catch (error) {
      await this.fail(req, res, error, 'login', params.iss);
    }
  }

  /**
   * The platform posts the id_token here, cross-site. The session cookie is SameSite=Lax: set on
   * this response it is stored, but the browser would not send it with this POST; the 303 turns
   * the next request into a top-level GET within the academy, which carries it.
   */
  @Post('launch')
  async launch(
    @Body() body: { id_token?: unknown; state?: unknown } | undefined,
    @Req() req: FastifyRequest,
    @Res() res: FastifyReply,
  ) {
    const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
    try {
      const result = await this.launches.launch(
        text(body?.id_token),
        text(body?.state),
        this.origin(req),
      );
      if (result.kind === 'resourceLink')
        setSessionCookie(res, result.session, req.protocol === 'https');
      await res.header('cache-control', 'no-store').redirect(result.redirectTo, 303);
    } catch (error) {
      await this.fail(req, res, error, 'launch');
    }
  }

  /** The content selection page; the unguessable id is the teacher's capability (see the entity). */
  @Get('deep-link/:id')
  async deepLinkPicker(
    @Param('id') id: string,
    @Req() req: FastifyRequest,
    @Res() res: FastifyReply,
  ) {
    const locale = pageLocale(req.headers['accept-language']);
    try {
      const { request, courses } = await this.deepLinking.pick(id, locale);
      this.framedBy(res, request.returnUrl, "form-action 'self'");
      await res.type(HTML).send(pickerPage(request.id, courses, locale));
    } catch (error) {
      await this.fail(req, res, error, 'content selection');
    }
  }

  @Post('deep-link/:id')
  async deepLinkAnswer(
    @Param('id') id: string,
    @Body() body: { item?: unknown } | undefined,
    @Req() req: FastifyRequest,
    @Res() res: FastifyReply,
  ) {
    try {
      const item = typeof body?.item === 'string' ? body.item : '';
      const locale = pageLocale(req.headers['accept-language']);
      const { returnUrl, jwt } = await this.deepLinking.respond(id, item, this.origin(req), locale);
      this.framedBy(
        res,
        returnUrl,
        `form-action ${new URL(returnUrl).origin}; script-src '${AUTO_POST_HASH}'`,
      );
      await res
        .code(200)
        .type(HTML)
        .send(autoPostPage(returnUrl, jwt, locale));
    } catch (error) {
      await this.fail(req, res, error, 'content selection');
    }
  }

  /**
   * LTI Dynamic Registration: the platform opens the link an administrator made, in a window or
   * frame of its own, adding its openid_configuration URL and a registration token.
   */
  @Get('register/:token')
  async register(
    @Param('token') token: string,
    @Query() query: { openid_configuration?: unknown; registration_token?: unknown },
    @Req() req: FastifyRequest,
    @Res() res: FastifyReply,
  ) {
    try {
      const platform = await this.registration.register(token, query, this.origin(req));
      this.logger.log(`Registered the platform ${platform.issuer} by Dynamic Registration`);
      // Shown inside the platform's admin pages, which may be on any origin the admin uses.
      res.removeHeader('x-frame-options');
      await res
        .header(
          'content-security-policy',
          `default-src 'none'; base-uri 'none'; form-action 'none'; script-src '${CLOSE_HASH}'`,
        )
        .header('cache-control', 'no-store')
        .type(HTML)
        .send(
          registeredPage(
            platform.name,
            platform.issuer,
            pageLocale(req.headers['accept-language']),
          ),
        );
    } catch (error) {
      await this.fail(req, res, error, 'registration');
    }
  }

  /**
   * Content selection runs in the platform's frame (Moodle opens it in a dialog): these pages
   * may be framed by the platform's origin only, and carry their own strict policy.
   */
  private framedBy(res: FastifyReply, returnUrl: string, extra: string) {
    const platform = new URL(returnUrl).origin;
    res.removeHeader('x-frame-options');
    void res.headers({
      'content-security-policy': `default-src 'none'; base-uri 'none'; frame-ancestors ${platform}; ${extra}`,
      'cache-control': 'no-store',
    });
  }

  private origin(req: FastifyRequest) {
    return publicOrigin(this.config.publicUrl, req, this.config.port);
  }

  /** An HTML page saying what was wrong; the log names the problem, never the token. */
  private async fail(
    req: FastifyRequest,
    res: FastifyReply,
    error: unknown,
    step: string,
    issuer?: string,
  ) {
    if (!(error instanceof AppError)) throw error;
    const reason =
      typeof error.extensions.reason === 'string' ? error.extensions.reason : error.code;
    this.logger.warn(
      `LTI ${step} refused: ${reason}: ${error.message}${issuer ? ` (issuer ${issuer})` : ''}`,
    );
    await res
      .code(httpStatusOf[error.code] ?? 400)
      .header('cache-control', 'no-store')
      .type(HTML)
      .send(launchErrorPage(error.message, reason, pageLocale(req.headers['accept-language'])));
  }
}
