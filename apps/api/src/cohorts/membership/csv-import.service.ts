import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isEmail } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, ErrorCode } from '../../common/errors.js';
import type { CurrentUser } from '../../common/graphql-context.js';
import { ReleaseService } from '../../curriculum/index.js';
import { emailKey } from '../../identity/index.js';
import { supportedLocales } from '../../identity/index.js';
import { CohortAccess } from '../cohort-access.service.js';
import type { CohortEntity } from '../cohort.entity.js';
import { parseCsv } from '../../infra/csv/csv.js';
import type {
  ImportPreviewObject,
  ImportProblemObject,
  ImportResultObject,
  ImportRowObject,
} from '../dto/cohort.objects.js';
import { InvitationService } from '../messaging/invitation.service.js';
import { MailerService } from '../../mail/index.js';

export const MAX_IMPORT_ROWS = 1000;

const HEADERS: Record<string, 'email' | 'name' | 'organisation' | 'language'> = {
  email: 'email',
  'e-mail': 'email',
  name: 'name',
  'display name': 'name',
  organisation: 'organisation',
  organization: 'organisation',
  language: 'language',
  locale: 'language',
};

/**
 * Participant import from a spreadsheet: preview every problem first, then all or nothing.
 * Every row becomes an email invitation; nobody joins (and no account is made) until the person
 * accepts it signed in as themselves. The preview does not tell whether an address has an
 * account or takes the course elsewhere: that is the person's business until they accept.
 */
@Injectable()
export class CsvImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CohortAccess,
    private readonly releases: ReleaseService,
    private readonly invitations: InvitationService,
    private readonly mailer: MailerService,
  ) {}

  async preview(user: CurrentUser, cohortId: string, csv: string): Promise<ImportPreviewObject> {
    const cohort = await this.access.asHost(user, cohortId);
    return this.plan(this.dataSource.manager, cohort, csv);
  }

  async import(user: CurrentUser, cohortId: string, csv: string): Promise<ImportResultObject> {
    const invited = await this.dataSource.transaction(async (em) => {
      const cohort = await this.access.asHost(user, cohortId, em, true); // locked: capacity holds
      const plan = await this.plan(em, cohort, csv);
      if (!plan.valid) {
        const problems = [...plan.fileProblems, ...plan.rows.flatMap((r) => r.problems)];
        throw new AppError(
          ErrorCode.BadUserInput,
          `The file has ${problems.length} problem(s); nothing was imported.`,
          { problems },
        );
      }
      const invitees = plan.rows.map((row) => ({
        email: row.email,
        displayName: row.name,
        organisation: row.organisation ?? null,
        locale: row.language,
      }));
      const mails = await this.invitations.invite(em, cohort, invitees);
      await this.mailer.queue(em, mails); // with SMTP, the send jobs commit with the invitations
      return invitees.length;
    });
    return { invited, invitationsSent: this.mailer.smtpConfigured ? invited : 0 };
  }

  private async plan(
    em: EntityManager,
    cohort: CohortEntity,
    csv: string,
  ): Promise<ImportPreviewObject> {
    const fileProblems: ImportProblemObject[] = [];
    const records = parseCsv(csv);
    const header = records.shift();
    const columns = (header?.fields ?? []).map((h) => HEADERS[h.trim().toLowerCase()]);
    for (const required of ['email', 'name'] as const) {
      if (!columns.includes(required))
        fileProblems.push({
          line: 1,
          field: required,
          message: `The header row needs a "${required}" column.`,
        });
    }
    if (records.length === 0)
      fileProblems.push({ line: 1, field: 'file', message: 'The file has no participant rows.' });
    if (records.length > MAX_IMPORT_ROWS)
      fileProblems.push({
        line: 1,
        field: 'file',
        message: `At most ${MAX_IMPORT_ROWS} rows per import.`,
      });
    if (fileProblems.length) return { rows: [], fileProblems, valid: false };

    const release = await this.releases.byId(cohort.releaseId);
    const languages = new Set<string>([...supportedLocales, ...(release?.locales ?? [])]);
    const cell = (fields: string[], name: string) => {
      const i = columns.indexOf(name as never);
      return i >= 0 ? (fields[i] ?? '').trim() : '';
    };
    const draft = records.map((r) => ({
      line: r.line,
      email: cell(r.fields, 'email'),
      name: cell(r.fields, 'name'),
      organisation: cell(r.fields, 'organisation') || null,
      language: cell(r.fields, 'language') || cohort.locale,
    }));
    const keys = draft.map((d) => emailKey(d.email));
    // Only what the host already knows: who is in this cohort, and whom it invited already.
    const taken: { email_key: string; member: boolean }[] = await em.query(
      `SELECT u.email_key, true AS member FROM cohort_members m JOIN users u ON u.id = m.user_id
        WHERE m.cohort_id = $1 AND u.email_key = ANY($2::text[])
       UNION ALL
       SELECT i.email_key, false FROM cohort_invitations i
        WHERE i.cohort_id = $1 AND i.email_key = ANY($2::text[]) AND i.accepted_at IS NULL AND i.expires_at > now()`,
      [cohort.id, keys],
    );
    const byKey = new Map(taken.map((k) => [k.email_key, k]));
    const firstLine = new Map<string, number>();
    const rows: ImportRowObject[] = draft.map((d, i) => {
      const key = keys[i]!;
      const known = byKey.get(key);
      const problems: ImportProblemObject[] = [];
      const problem = (field: string, message: string) =>
        problems.push({ line: d.line, field, message });
      if (!d.email) problem('email', 'The email address is missing.');
      else if (!isEmail(d.email) || d.email.length > 320)
        problem('email', `"${d.email}" is not a valid email address.`);
      else if (firstLine.has(key)) problem('email', `Duplicate of line ${firstLine.get(key)}.`);
      else firstLine.set(key, d.line);
      if (!d.name) problem('name', 'The name is missing.');
      if (d.name.length > 200) problem('name', 'The name is longer than 200 characters.');
      if (!languages.has(d.language))
        problem(
          'language',
          `Unknown language "${d.language}"; use one of ${[...languages].join(', ')}.`,
        );
      if (known?.member) problem('email', 'Already a participant of this cohort.');
      else if (known)
        problem('email', 'Already invited to this cohort; the invitation is pending.');
      return { ...d, problems };
    });
    const [{ members }] = await em.query<[{ members: number }]>(
      `SELECT count(*)::int AS members FROM cohort_members WHERE cohort_id = $1`,
      [cohort.id],
    );
    const count = members + (await this.invitations.pendingCount(em, cohort.id));
    if (count + rows.length > cohort.capacity) {
      fileProblems.push({
        line: 1,
        field: 'file',
        message: `The cohort has ${Math.max(0, cohort.capacity - count)} free places (pending invitations count); the file has ${rows.length} participants.`,
      });
    }
    const valid = fileProblems.length === 0 && rows.every((r) => r.problems.length === 0);
    return { rows, fileProblems, valid };
  }
}
