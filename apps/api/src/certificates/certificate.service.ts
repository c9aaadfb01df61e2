import { randomUUID } from 'node:crypto';
import {
  buildOpenBadgeCredential,
  credentialsEqual,
  explainDifferences,
  parsePastedCredential,
  signCredential,
  verifyCredentialJwt,
  type OpenBadgeCredential,
} from '@academy/credentials';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { decodeJwt } from 'jose';
import { DataSource, IsNull } from 'typeorm';
import { AuditLog } from '../audit/index.js';
import { conflict, notFound } from '../common/errors.js';
import { type OriginSource, publicOrigin } from '../common/request-origin.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { CurriculumContentService, pickText, ReleaseService } from '../curriculum/index.js';
import { IdentityService } from '../identity/index.js';
import {
  CourseStructureService,
  EnrolmentService,
  type CourseCompleted,
} from '../learning/index.js';
import { CertificateEntity } from './certificate.entity.js';
import { CertificateEvents } from './certificate-events.js';
import { IssuerKeysService } from './issuer-keys.service.js';
import { criteriaNarrative } from './narrative.js';
import { findOneByKey } from '../database/key-lookup.js';

export type CertificateStatus = 'valid' | 'revoked' | 'unknown';

export interface CheckResult {
  valid: boolean;
  status: CertificateStatus | 'invalid';
  explanation: string;
  certificate: CertificateEntity | null;
}

@Injectable()
export class CertificateService {
  private readonly logger = new Logger('Certificates');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly keys: IssuerKeysService,
    private readonly releases: ReleaseService,
    private readonly structures: CourseStructureService,
    private readonly content: CurriculumContentService,
    private readonly enrolments: EnrolmentService,
    private readonly identity: IdentityService,
    private readonly audit: AuditLog,
    private readonly events: CertificateEvents,
  ) {}

  get publicUrl(): string {
    return (this.config.publicUrl ?? `http://localhost:${this.config.port}`).replace(/\/$/, '');
  }

  issuer() {
    return { id: `${this.publicUrl}/issuer`, name: this.config.issuerName, url: this.publicUrl };
  }

  /**
   * Where links for a reader point (share link, PDF, downloads): PUBLIC_URL when set, else the
   * origin of the reader's request, never localhost for a visitor. The issuer id inside signed
   * credentials stays on `publicUrl`, so verification does not depend on how a page was reached.
   */
  linkBase(req?: OriginSource): string {
    return publicOrigin(this.config.publicUrl, req, this.config.port);
  }

  verifyUrl(id: string, req?: OriginSource): string {
    return `${this.linkBase(req)}/verify/${id}`;
  }

  /** The certificate-issue job: issues for a completed enrolment, once (unique per enrolment). */
  async issueForEnrolment(enrolmentId: string): Promise<CertificateEntity | null> {
    const completion = await this.enrolments.completion(enrolmentId);
    // Not completed, or deleted with its user: nothing to issue.
    return completion && this.issueFor(completion);
  }

  /** Issues the certificate of a completed enrolment, once; courses without one are skipped. */
  async issueFor(event: CourseCompleted): Promise<CertificateEntity | null> {
    const course = await this.content.course(event.releaseId, event.courseSlug);
    if (!course?.certificate) return null;
    const existing = await this.dataSource
      .getRepository(CertificateEntity)
      .findOneBy({ enrolmentId: event.enrolmentId });
    if (existing) return existing;
    const [release, user, structure] = await Promise.all([
      this.releases.resolve(event.releaseId),
      this.identity.findUser(event.userId),
      this.structures.get(event.releaseId, event.courseSlug),
    ]);
    if (!user) return null; // the account was deleted meanwhile
    const { text } = pickText<{ title: string; summary: string }>(
      course.texts,
      event.locale,
      release,
    );
    const id = randomUUID();
    const credential = buildOpenBadgeCredential({
      certificateId: id,
      verifyUrl: this.verifyUrl(id),
      issuer: this.issuer(),
      recipientName: user.displayName,
      courseTitle: text.title,
      courseDescription: text.summary,
      criteriaNarrative: criteriaNarrative(
        event.locale,
        text.title,
        structure.finalAssessment?.passMark ?? null,
      ),
      locale: event.locale,
      issuedAt: event.completedAt,
      curriculum: {
        version: release.version,
        contentHash: release.contentHash,
        edition: release.editionKey || undefined,
      },
      courseSlug: event.courseSlug,
    });
    const key = this.keys.signingKey();
    const jwt = await signCredential(credential, key, { now: event.completedAt });
    // The certificate and the jobs of its listeners commit together.
    await this.dataSource.transaction(async (em) => {
      const inserted = await em
        .createQueryBuilder()
        .insert()
        .into(CertificateEntity)
        .values({
          id,
          userId: user.id,
          enrolmentId: event.enrolmentId,
          courseSlug: event.courseSlug,
          courseTitle: text.title,
          releaseId: release.id,
          curriculumVersion: release.version,
          contentHash: release.contentHash,
          edition: release.editionKey || null,
          cohortId: event.cohortId,
          recipientName: user.displayName,
          locale: event.locale,
          issuedAt: event.completedAt,
          jwt,
          kid: key.kid,
        })
        .orIgnore() // a concurrent completion issued it first
        .returning(['id'])
        .execute();
      if ((inserted.raw as unknown[]).length === 0) return;
      await this.events.issued(em, {
        certificateId: id,
        userId: user.id,
        enrolmentId: event.enrolmentId,
        courseSlug: event.courseSlug,
        releaseId: release.id,
        locale: event.locale,
        issuedAt: event.completedAt,
        verifyUrl: this.verifyUrl(id),
      });
    });
    this.logger.log(`Issued certificate for ${event.courseSlug} to user ${user.id}`);
    return this.dataSource
      .getRepository(CertificateEntity)
      .findOneBy({ enrolmentId: event.enrolmentId });
  }

  async byId(id: string): Promise<CertificateEntity | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    return findOneByKey(this.dataSource, CertificateEntity, { id });
  }

  status(c: CertificateEntity | null): CertificateStatus {
    if (!c) return 'unknown';
    return c.revokedAt ? 'revoked' : 'valid';
  }

  mine(userId: string, offset: number, limit: number) {
    return this.dataSource
      .getRepository(CertificateEntity)
      .findAndCount({ where: { userId }, order: { issuedAt: 'DESC' }, skip: offset, take: limit });
  }

  credentialOf(c: CertificateEntity): OpenBadgeCredential {
    const payload = decodeJwt(c.jwt) as Record<string, unknown>;
    const { iss: _iss, jti: _jti, iat: _iat, nbf: _nbf, exp: _exp, ...credential } = payload;
    return credential as unknown as OpenBadgeCredential;
  }

  /** Checks a pasted credential: a VC-JWT (signature, issuer key, revocation) or its JSON. */
  async check(input: string): Promise<CheckResult> {
    const text = input.trim();
    if (/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(text)) {
      const result = await verifyCredentialJwt(text, await this.keys.publicKeys(), {
        issuerId: this.issuer().id,
      });
      if (!result.valid)
        return {
          valid: false,
          status: 'invalid',
          explanation: result.explanation,
          certificate: null,
        };
      const id = result.credential.id.replace(/^urn:uuid:/, '');
      return this.withRevocation(
        await this.byId(id),
        'The signature is valid and was made with one of the academy’s keys.',
      );
    }
    const pasted = parsePastedCredential(text);
    if (!pasted.ok)
      return {
        valid: false,
        status: 'invalid',
        explanation: pasted.explanation,
        certificate: null,
      };
    const stored = await this.byId(pasted.id.replace(/^urn:uuid:/, ''));
    if (!stored)
      return {
        valid: false,
        status: 'unknown',
        explanation: 'The academy has not issued a credential with this id.',
        certificate: null,
      };
    // Revoked on its holder's account deletion, it keeps no content to compare with.
    if (!stored.jwt) return this.withRevocation(stored, '');
    const differences = credentialsEqual(this.credentialOf(stored), pasted.credential);
    if (differences.length) {
      return {
        valid: false,
        status: 'invalid',
        explanation: `This is not the credential the academy issued. ${explainDifferences(differences).join(' ')}`,
        certificate: stored,
      };
    }
    const signed = await verifyCredentialJwt(stored.jwt, await this.keys.publicKeys(), {
      issuerId: this.issuer().id,
    });
    if (!signed.valid)
      return {
        valid: false,
        status: 'invalid',
        explanation: signed.explanation,
        certificate: stored,
      };
    return this.withRevocation(
      stored,
      'The credential matches the one the academy issued and signed.',
    );
  }

  private withRevocation(c: CertificateEntity | null, okText: string): CheckResult {
    if (!c)
      return {
        valid: false,
        status: 'unknown',
        explanation: 'The signature is valid, but the academy has no record of this credential.',
        certificate: null,
      };
    if (c.revokedAt) {
      return {
        valid: false,
        status: 'revoked',
        explanation: `The academy revoked this certificate on ${c.revokedAt.toISOString().slice(0, 10)}: ${c.revokedReason}`,
        certificate: c,
      };
    }
    return { valid: true, status: 'valid', explanation: okText, certificate: c };
  }

  /** Revokes with a reason, recorded in the audit log in the same transaction. */
  async revoke(adminId: string, id: string, reason: string): Promise<CertificateEntity> {
    return this.dataSource.transaction(async (em) => {
      const result = await em
        .getRepository(CertificateEntity)
        .update({ id, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
      if (!result.affected) {
        const exists = await em.getRepository(CertificateEntity).existsBy({ id });
        if (!exists) throw notFound('The certificate');
        throw conflict('This certificate has already been revoked.');
      }
      await this.audit.record(em, {
        actorId: adminId,
        action: 'certificate.revoke',
        subjectType: 'certificate',
        subjectId: id,
        details: { reason },
      });
      return em.getRepository(CertificateEntity).findOneByOrFail({ id });
    });
  }
}
