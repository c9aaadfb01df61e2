import { renderCertificatePdf, toJwks } from '@academy/credentials';
import {
  Controller,
  Get,
  GoneException,
  Header,
  HttpException,
  HttpStatus,
  NotFoundException,
  Param,
  Req,
  Res,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CertificateEntity } from './certificate.entity.js';
import { certificateInputOf } from './certificate-input.js';
import { CertificateService } from './certificate.service.js';
import { EuropeanCredentialService } from './european-credential.service.js';
import { IssuerKeysService } from './issuer-keys.service.js';
import { VerificationLimit } from './verification-limit.js';

export function publicView(
  c: CertificateEntity,
  service: CertificateService,
  req?: FastifyRequest,
) {
  return {
    id: c.id,
    status: service.status(c),
    recipientName: c.recipientName,
    courseTitle: c.courseTitle,
    courseSlug: c.courseSlug,
    issuedAt: c.issuedAt.toISOString(),
    locale: c.locale,
    curriculum: { version: c.curriculumVersion, contentHash: c.contentHash, edition: c.edition },
    issuer: service.issuer(),
    revokedAt: c.revokedAt?.toISOString() ?? null,
    revokedReason: c.revokedReason,
    verifyUrl: service.verifyUrl(c.id, req),
  };
}

/** Public, login-free endpoints: issuer profile, keys, verification and downloads. */
@Controller()
export class CertificatesController {
  constructor(
    private readonly certificates: CertificateService,
    private readonly keys: IssuerKeysService,
    private readonly verificationLimit: VerificationLimit,
    private readonly europeanCredentials: EuropeanCredentialService,
  ) {}

  @Get('issuer')
  issuer() {
    const issuer = this.certificates.issuer();
    return {
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      ],
      id: issuer.id,
      type: ['Profile'],
      name: issuer.name,
      url: issuer.url,
      publicKeys: `${issuer.url}/.well-known/jwks.json`,
    };
  }

  @Get('.well-known/jwks.json')
  async jwks() {
    return toJwks(await this.keys.publicKeys());
  }

  @Get('verify-api/:id')
  // Caches may keep the answer but must revalidate it (ETag) every time: a revocation shows at once.
  @Header('Cache-Control', 'public, no-cache')
  async verify(@Param('id') id: string, @Req() req: FastifyRequest) {
    const { wait, certificate: c } = await this.verificationLimit.certificate(req.ip, id);
    if (wait > 0) throw tooMany(wait);
    if (!c) return { id, status: 'unknown' };
    return { ...publicView(c, this.certificates, req), credential: c.jwt || null };
  }

  @Get('certificates/:id/certificate.pdf')
  async pdf(
    @Param('id') id: string,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    await this.limit(req);
    const c = await this.withContent(id);
    const bytes = await renderCertificatePdf(
      certificateInputOf(c, this.certificates, this.certificates.verifyUrl(c.id, req)),
      { revokedAt: c.revokedAt },
    );
    void reply.headers({
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="certificate-${c.courseSlug}.pdf"`,
      // Revalidated on every view, so a revocation shows at once, never a cached valid copy.
      'cache-control': 'private, no-cache',
    });
    return Buffer.from(bytes);
  }

  @Get('certificates/:id/credential.jwt')
  @Header('Content-Type', 'application/vc+jwt')
  async credential(@Param('id') id: string, @Req() req: FastifyRequest) {
    await this.limit(req);
    return (await this.withContent(id)).jwt;
  }

  /**
   * The certificate as a European Digital Credential (ELM 3, JSON-LD), unsealed: an operator seals
   * it for Europass (see README). 404 when ISSUER_COUNTRY is not set; 410 once revoked.
   */
  @Get('certificates/:id/credential.elm.json')
  async european(
    @Param('id') id: string,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    await this.limit(req);
    const c = await this.withContent(id);
    if (c.revokedAt)
      throw new GoneException({ status: 'revoked', message: 'This certificate was revoked.' });
    const credential = await this.europeanCredentials.build(
      c,
      this.certificates.verifyUrl(c.id, req),
    );
    if (!credential)
      throw new NotFoundException({
        status: 'unavailable',
        message:
          'European credentials are not offered here (the operator has not set ISSUER_COUNTRY).',
      });
    void reply.headers({
      'content-type': 'application/ld+json; charset=utf-8',
      'content-disposition': `inline; filename="certificate-${c.courseSlug}.elm.json"`,
      'cache-control': 'private, no-cache',
    });
    return JSON.stringify(credential, null, 2);
  }

  /** A certificate whose holder deleted their account and had it revoked keeps no content. */
  private async withContent(id: string): Promise<CertificateEntity> {
    const c = await this.found(id);
    if (!c.jwt)
      throw new GoneException({
        status: 'revoked',
        message: 'This certificate was revoked and its content removed.',
      });
    return c;
  }

  private async found(id: string): Promise<CertificateEntity> {
    const c = await this.certificates.byId(id);
    if (!c)
      throw new NotFoundException({ status: 'unknown', message: 'No certificate with this id.' });
    return c;
  }

  private async limit(req: FastifyRequest) {
    const wait = await this.verificationLimit.take(req.ip);
    if (wait > 0) throw tooMany(wait);
  }
}

const tooMany = (wait: number) =>
  new HttpException(
    { message: `Too many verification requests; try again in ${wait} s.`, retryAfterSeconds: wait },
    HttpStatus.TOO_MANY_REQUESTS,
  );
