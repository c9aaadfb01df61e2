import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isEmail } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, ErrorCode } from '../common/errors.js';
import type { CurrentUser } from '../common/graphql-context.js';
import { ReleaseService } from '../curriculum/release.service.js';
import { supportedLocales } from '../identity/locales.js';
import { CohortAccess } from './cohort-access.service.js';
import type { CohortEntity } from './cohort.entity.js';
import { newSecretToken } from './codes.js';
import { parseCsv } from './csv.js';
import type { ImportPreviewObject, ImportProblemObject, ImportResultObject, ImportRowObject } from './dto/cohort.objects.js';
import { InvitationService, UNUSABLE_PASSWORD_PREFIX, type Invitee } from './invitation.service.js';
import { MailerService } from './mailer.service.js';
import { addParticipant } from './membership.js';

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

interface Plan extends ImportPreviewObject {
  existing: Map<string, string>; // email key → user id
}

/** Participant import from a spreadsheet: preview every problem first, then all or nothing. */
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
    const { existing: _existing, ...preview } = await this.plan(this.dataSource.manager, cohort, csv);
    return preview;
  }

  async import(user: CurrentUser, cohortId: string, csv: string): Promise<ImportResultObject> {
    const { result, outbox } = await this.dataSource.transaction(async (em) => {
      const cohort = await this.access.asHost(user, cohortId, em, true); // locked: capacity holds
      const plan = await this.plan(em, cohort, csv);
      if (!plan.valid) {
        const problems = [...plan.fileProblems, ...plan.rows.flatMap((r) => r.problems)];
        throw new AppError(ErrorCode.BadUserInput, `The file has ${problems.length} problem(s); nothing was imported.`, { problems });
      }
      const invitees: Invitee[] = [];
      for (const row of plan.rows) {
        const key = row.email.toLowerCase();
        let userId = plan.existing.get(key);
        if (!userId) {
          const [created]: { id: string }[] = await em.query(
            `INSERT INTO users (email, email_key, display_name, preferred_locale, password_hash) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
            [row.email, key, row.name, row.language, UNUSABLE_PASSWORD_PREFIX + newSecretToken()],
          );
          userId = created!.id;
        }
        await addParticipant(em, cohort, userId, row.organisation);
        invitees.push({ userId, email: row.email, displayName: row.name || row.email, newAccount: !row.existingAccount });
      }
      const mails = await this.invitations.invite(em, cohort, invitees);
      const outbox = await this.mailer.queue(em, mails);
      const created = plan.rows.filter((r) => !r.existingAccount).length;
      return { result: { added: plan.rows.length, accountsCreated: created, invitationsSent: created }, outbox };
    });
    await this.mailer.deliver(outbox);
    return result;
  }

  private async plan(em: EntityManager, cohort: CohortEntity, csv: string): Promise<Plan> {
    const fileProblems: ImportProblemObject[] = [];
    const records = parseCsv(csv);
    const header = records.shift();
    const columns = (header?.fields ?? []).map((h) => HEADERS[h.trim().toLowerCase()]);
    for (const required of ['email', 'name'] as const) {
      if (!columns.includes(required)) fileProblems.push({ line: 1, field: required, message: `The header row needs a "${required}" column.` });
    }
    if (records.length === 0) fileProblems.push({ line: 1, field: 'file', message: 'The file has no participant rows.' });
    if (records.length > MAX_IMPORT_ROWS) fileProblems.push({ line: 1, field: 'file', message: `At most ${MAX_IMPORT_ROWS} rows per import.` });
    if (fileProblems.length) return { rows: [], fileProblems, valid: false, existing: new Map() };

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
    const keys = draft.map((d) => d.email.toLowerCase());
    const known: { id: string; email_key: string; member: boolean; other: boolean }[] = await em.query(
      `SELECT u.id, u.email_key, EXISTS (SELECT 1 FROM cohort_members m WHERE m.cohort_id = $2 AND m.user_id = u.id) AS member,
              EXISTS (SELECT 1 FROM enrolments e WHERE e.user_id = u.id AND e.course_slug = $3 AND e.cohort_id <> $2) AS other
         FROM users u WHERE u.email_key = ANY($1::text[])`,
      [keys, cohort.id, cohort.courseSlug],
    );
    const byKey = new Map(known.map((k) => [k.email_key, k]));
    const firstLine = new Map<string, number>();
    const rows: ImportRowObject[] = draft.map((d, i) => {
      const key = keys[i]!;
      const account = byKey.get(key);
      const problems: ImportProblemObject[] = [];
      const problem = (field: string, message: string) => problems.push({ line: d.line, field, message });
      if (!d.email) problem('email', 'The email address is missing.');
      else if (!isEmail(d.email) || d.email.length > 320) problem('email', `"${d.email}" is not a valid email address.`);
      else if (firstLine.has(key)) problem('email', `Duplicate of line ${firstLine.get(key)}.`);
      else firstLine.set(key, d.line);
      if (!d.name && !account) problem('name', 'The name is missing.');
      if (d.name.length > 200) problem('name', 'The name is longer than 200 characters.');
      if (!languages.has(d.language)) problem('language', `Unknown language "${d.language}"; use one of ${[...languages].join(', ')}.`);
      if (account?.member) problem('email', 'Already a participant of this cohort.');
      else if (account?.other) problem('email', 'Takes this course with another cohort.');
      return { ...d, existingAccount: account !== undefined, problems };
    });
    const [{ count }] = await em.query(`SELECT count(*)::int AS count FROM cohort_members WHERE cohort_id = $1`, [cohort.id]);
    if (count + rows.length > cohort.capacity) {
      fileProblems.push({ line: 1, field: 'file', message: `The cohort has ${cohort.capacity - count} free places; the file has ${rows.length} participants.` });
    }
    const valid = fileProblems.length === 0 && rows.every((r) => r.problems.length === 0);
    return { rows, fileProblems, valid, existing: new Map(known.map((k) => [k.email_key, k.id])) };
  }
}
