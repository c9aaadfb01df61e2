import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Certificate')
export class CertificateObject {
  @Field(() => ID) id: string;
  @Field({ description: 'valid | revoked' }) status: string;
  @Field() recipientName: string;
  @Field() courseSlug: string;
  @Field() courseTitle: string;
  @Field() issuedAt: Date;
  @Field() locale: string;
  @Field() curriculumVersion: string;
  @Field() contentHash: string;
  @Field(() => String, { nullable: true }) edition: string | null;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
  @Field(() => String, { nullable: true }) revokedReason: string | null;
  @Field() verifyUrl: string;
  @Field() pdfUrl: string;
  @Field() credentialUrl: string;
  @Field({ description: 'LinkedIn "add to profile" link for this certificate' })
  linkedInUrl: string;
}

@ObjectType('CertificatePage')
export class CertificatePageObject {
  @Field(() => [CertificateObject]) items: CertificateObject[];
  @Field(() => Int) total: number;
  @Field(() => Int) offset: number;
  @Field(() => Int) limit: number;
}

@ObjectType('CredentialCheck', { description: 'The result of checking a pasted credential' })
export class CredentialCheckObject {
  @Field() valid: boolean;
  @Field({ description: 'valid | revoked | unknown | invalid' }) status: string;
  @Field({ description: 'Why, in plain English' }) explanation: string;
  @Field(() => CertificateObject, { nullable: true }) certificate: CertificateObject | null;
}
