import {
  Args,
  ArgsType,
  Context,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { IsInt, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { Allow } from '../common/access.js';
import { Me } from '../common/current-user.decorator.js';
import { rateLimited } from '../common/errors.js';
import type { CurrentUser, GraphqlContext } from '../common/graphql-context.js';
import type { CertificateEntity } from './certificate.entity.js';
import { CertificateService } from './certificate.service.js';
import { VerificationLimit } from './verification-limit.js';
import {
  CertificateObject,
  CertificatePageObject,
  CredentialCheckObject,
} from './dto/certificate.objects.js';

@ArgsType()
class PageArgs {
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) offset: number = 0;
  @Field(() => Int, { defaultValue: 20 }) @IsInt() @Min(1) @Max(100) limit: number = 20;
}

@InputType()
class RevokeCertificateInput {
  @Field(() => ID) @IsUUID('all', { message: 'id must be a certificate id' }) id: string;
  @Field()
  @IsString()
  @Length(3, 500, { message: 'reason must be between 3 and 500 characters' })
  reason: string;
}

@ArgsType()
class CheckCredentialArgs {
  @Field({ description: 'A VC-JWT, or the credential JSON' })
  @IsString()
  @MaxLength(100_000)
  credential: string;
}

@Resolver(() => CertificateObject)
export class CertificatesResolver {
  constructor(
    private readonly certificates: CertificateService,
    private readonly verificationLimit: VerificationLimit,
  ) {}

  /** A certificate for the reader of this request: its links use PUBLIC_URL, or the request's origin. */
  private toObject(c: CertificateEntity, req: GraphqlContext['req']): CertificateObject {
    const base = this.certificates.linkBase(req);
    const issuer = this.certificates.issuer().name;
    return {
      id: c.id,
      status: this.certificates.status(c),
      recipientName: c.recipientName,
      courseSlug: c.courseSlug,
      courseTitle: c.courseTitle,
      issuedAt: c.issuedAt,
      locale: c.locale,
      curriculumVersion: c.curriculumVersion,
      contentHash: c.contentHash,
      edition: c.edition,
      revokedAt: c.revokedAt,
      revokedReason: c.revokedReason,
      verifyUrl: `${base}/verify/${c.id}`,
      pdfUrl: `${base}/certificates/${c.id}/certificate.pdf`,
      credentialUrl: `${base}/certificates/${c.id}/credential.jwt`,
      // Built only when a query asks for it (verification usually does not): URLSearchParams is
      // the dearest part of this object.
      get linkedInUrl() {
        const linkedIn = new URL('https://www.linkedin.com/profile/add');
        linkedIn.search = new URLSearchParams({
          startTask: 'CERTIFICATION_NAME',
          name: c.courseTitle,
          organizationName: issuer,
          issueYear: String(c.issuedAt.getUTCFullYear()),
          issueMonth: String(c.issuedAt.getUTCMonth() + 1),
          certUrl: `${base}/verify/${c.id}`,
          certId: c.id,
        }).toString();
        return linkedIn.toString();
      },
    };
  }

  @Allow('signedIn')
  @Query(() => CertificatePageObject)
  async myCertificates(
    @Me() me: CurrentUser,
    @Args() args: PageArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<CertificatePageObject> {
    const [rows, total] = await this.certificates.mine(me.id, args.offset, args.limit);
    return {
      items: rows.map((r) => this.toObject(r, ctx.req)),
      total,
      offset: args.offset,
      limit: args.limit,
    };
  }

  @Allow('public')
  @Query(() => CertificateObject, {
    nullable: true,
    description: 'Public verification by id; null when unknown',
  })
  async certificate(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GraphqlContext,
  ): Promise<CertificateObject | null> {
    const { wait, certificate: c } = await this.verificationLimit.certificate(ctx.req.ip, id);
    if (wait > 0) throw tooMany(wait);
    return c ? this.toObject(c, ctx.req) : null;
  }

  @Allow('public')
  @Query(() => CredentialCheckObject, {
    description: 'Checks a pasted or uploaded credential: signature, issuer key, revocation',
  })
  async checkCredential(
    @Args() args: CheckCredentialArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<CredentialCheckObject> {
    await this.limit(ctx);
    const result = await this.certificates.check(args.credential);
    return {
      ...result,
      certificate: result.certificate ? this.toObject(result.certificate, ctx.req) : null,
    };
  }

  @Allow('admin')
  @Mutation(() => CertificateObject, {
    description: 'Revokes a certificate; recorded in the audit log',
  })
  async revokeCertificate(
    @Me() me: CurrentUser,
    @Args('input') input: RevokeCertificateInput,
    @Context() ctx: GraphqlContext,
  ): Promise<CertificateObject> {
    return this.toObject(
      await this.certificates.revoke(me.id, input.id, input.reason.trim()),
      ctx.req,
    );
  }

  private async limit(ctx: GraphqlContext) {
    const wait = await this.verificationLimit.take(ctx.req.ip);
    if (wait > 0) throw tooMany(wait);
  }
}

const tooMany = (wait: number) =>
  rateLimited(`Too many verification requests; try again in ${wait} s.`, wait);
