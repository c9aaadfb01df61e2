import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/index.js';
import { CertificatesPersonalData } from '../certificates/index.js';
import { CohortsPersonalData } from '../cohorts/index.js';
import { IdentityPersonalData } from '../identity/index.js';
import { LearningPersonalData } from '../learning/index.js';
import { LivePersonalData } from '../live/index.js';
import { MailPersonalData } from '../mail/index.js';
import { WorkspacePersonalData } from '../workspace/index.js';
import { XapiPersonalData } from '../xapi/index.js';

/** Bumped when the export's shape changes, so a reader can tell versions apart. */
export const EXPORT_FORMAT = 'academy-personal-data/1';

export interface ErasureRequest {
  userId: string;
  /** The account's password and the caller's address when the person deletes it themselves; null when an admin acts. */
  confirmation: { password: string; client: string } | null;
  keepCertificatesVerifiable: boolean;
  /** The admin processing the request on the person's behalf, if any. */
  adminId: string | null;
  /** Set by the retention job: erase only an account still unused since a warning before this. */
  retention?: { warnedBefore: Date };
}

function erasureAction(request: ErasureRequest): string {
  if (request.retention) return 'account.anonymise-inactive';
  return request.adminId ? 'account.delete-on-request' : 'account.delete';
}

/**
 * The data-subject rights (GDPR Art. 15, 17, 20). Privacy owns no table: each feature reports and
 * erases what it holds through its public entry, and this composes them.
 */
@Injectable()
export class PrivacyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityPersonalData,
    private readonly learning: LearningPersonalData,
    private readonly cohorts: CohortsPersonalData,
    private readonly certificates: CertificatesPersonalData,
    private readonly mail: MailPersonalData,
    private readonly live: LivePersonalData,
    private readonly xapi: XapiPersonalData,
    private readonly workspace: WorkspacePersonalData,
    private readonly audit: AuditLog,
  ) {}

  /** Everything the academy holds about the person, as one JSON document. */
  async export(userId: string) {
    const { profile, organisation, sessions } = await this.identity.personalData(userId);
    const key = profile.email.trim().toLowerCase();
    const [learning, cohorts, certificates, mail, live, workspace] = await Promise.all([
      this.learning.personalData(userId),
      this.cohorts.personalData(userId, key),
      this.certificates.personalData(userId),
      this.mail.personalData(key),
      this.live.personalData(userId),
      this.workspace.personalData(userId),
    ]);
    const audit = await this.audit.personalData(
      userId,
      certificates.map((c) => c.id),
    );
    return {
      format: EXPORT_FORMAT,
      exportedAt: new Date().toISOString(),
      profile,
      organisation,
      sessions,
      ...learning,
      cohortMemberships: cohorts.memberships,
      cohortsHosted: cohorts.hosting,
      attendance: cohorts.attendance,
      invitations: cohorts.invitations,
      announcementsWritten: cohorts.announcements,
      ...live,
      ...workspace,
      certificates,
      auditLog: audit,
      mail: { messages: mail, cohortOutbox: cohorts.mail },
    };
  }

  /**
   * Erases the account in one transaction: the person's records are removed, or moved to a fresh
   * tombstone account when others rely on them (statistics, hosts' attendance, kept certificates).
   */
  async erase(request: ErasureRequest): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const person = await this.identity.lockForErasure(
        em,
        request.userId,
        request.confirmation,
        request.retention,
      );
      const tombstoneId = await this.identity.createTombstone(em);
      await this.learning.anonymise(em, person.userId, tombstoneId);
      await this.cohorts.anonymise(em, person.userId, person.emailKey, tombstoneId);
      await this.live.anonymise(em, person.userId, tombstoneId);
      await this.xapi.erase(em, person.userId);
      const revoked = await this.certificates.anonymise(
        em,
        person.userId,
        tombstoneId,
        request.keepCertificatesVerifiable,
      );
      await this.mail.erase(em, person.emailKey);
      await this.audit.anonymise(em, person.userId, tombstoneId);
      await this.identity.erase(em, person);
      await this.audit.record(em, {
        actorId: request.adminId,
        action: erasureAction(request),
        subjectType: 'user',
        subjectId: tombstoneId,
        details: {
          keepCertificatesVerifiable: request.keepCertificatesVerifiable,
          certificatesRevoked: revoked,
        },
      });
    });
  }
}
