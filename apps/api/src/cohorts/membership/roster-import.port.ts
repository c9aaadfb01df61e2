import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isEmail } from 'class-validator';
import { DataSource, type EntityManager, In, IsNull, MoreThan } from 'typeorm';
import { AppError, ErrorCode } from '../../common/errors.js';
import type { CurrentUser } from '../../common/graphql-context.js';
import { emailKey } from '../../identity/index.js';
import { CohortEnrolments } from '../../learning/index.js';
import { MailerService } from '../../mail/index.js';
import { CohortAccess } from '../cohort-access.service.js';
import { type CohortEntity, CohortMemberEntity } from '../cohort.entity.js';
import { CohortInvitationEntity } from '../messaging/messaging.entity.js';
import { InvitationService } from '../messaging/invitation.service.js';
import { addParticipant } from './membership.js';

/** One person of an external roster (a learning platform's course), as another feature read it. */
export interface RosterPerson {
  /** The person's id in the roster's system (an LTI `sub`): unique within the roster. */
  key: string;
  name: string;
  email: string | null;
  /** The academy account already linked to `key`, if any (matched on the id, never on email). */
  userId: string | null;
}

/**
 * What an import does with a person: `join` (a linked account becomes a participant), `invite`
 * (an invitation to the address), `member`/`invited` (nothing: already there), `skip` (see reason).
 */
export type RosterAction = 'join' | 'invite' | 'member' | 'invited' | 'skip';
export type RosterSkipReason = 'NO_EMAIL' | 'INVALID_EMAIL' | 'DUPLICATE_EMAIL' | 'OTHER_COHORT';

export interface RosterPlanEntry extends RosterPerson {
  action: RosterAction;
  reason: RosterSkipReason | null;
}

export interface RosterPlan {
  entries: RosterPlanEntry[];
  /** Places left before the import (pending invitations count as taken). */
  freePlaces: number;
  /** Whether everyone to join or invite fits in the free places. */
  fits: boolean;
}

export interface RosterImportResult {
  joined: number;
  invited: number;
  invitationsSent: number;
}

/**
 * Pre-filling a cohort from another system's roster (docs/decisions/0009: other features ask
 * cohorts, never write its tables). People whose academy account is already linked to their
 * roster id join at once: their platform vouches for them in that course, and they launched the
 * academy from it. Everyone else gets an invitation and joins only by accepting it, as with the
 * spreadsheet import. A person the import cannot place is skipped with a reason, not fatal.
 */
@Injectable()
export class CohortRosterImport {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CohortAccess,
    private readonly invitations: InvitationService,
    private readonly mailer: MailerService,
    private readonly enrolments: CohortEnrolments,
  ) {}

  /** The cohort's name when `user` hosts it; NOT_FOUND otherwise (checked before any platform call). */
  async hostedCohortName(user: CurrentUser, cohortId: string): Promise<string> {
    return (await this.access.asHost(user, cohortId)).name;
  }

  async preview(user: CurrentUser, cohortId: string, people: RosterPerson[]): Promise<RosterPlan> {
    const cohort = await this.access.asHost(user, cohortId);
    return this.plan(this.dataSource.manager, cohort, people);
  }

  /** All or nothing, in one transaction holding the cohort lock (capacity holds). */
  async apply(
    user: CurrentUser,
    cohortId: string,
    people: RosterPerson[],
  ): Promise<RosterImportResult> {
    const result = await this.dataSource.transaction(async (em) => {
      const cohort = await this.access.asHost(user, cohortId, em, true);
      const plan = await this.plan(em, cohort, people);
      if (!plan.fits)
        throw new AppError(
          ErrorCode.BadUserInput,
          `The cohort has ${plan.freePlaces} free places; the roster would take ${placesTaken(plan)}. Nothing was imported.`,
          { fields: [{ field: 'cohortId', message: 'not enough free places' }] },
        );
      let joined = 0;
      for (const entry of plan.entries.filter((e) => e.action === 'join'))
        if (await addParticipant(em, this.enrolments, cohort, entry.userId!)) joined++;
      const invitees = plan.entries
        .filter((e) => e.action === 'invite')
        .map((e) => ({
          email: e.email!,
          displayName: e.name,
          organisation: null,
          locale: cohort.locale,
        }));
      const mails = await this.invitations.invite(em, cohort, invitees);
      await this.mailer.queue(em, mails);
      return { joined, invited: invitees.length };
    });
    return {
      ...result,
      invitationsSent: this.mailer.smtpConfigured ? result.invited : 0,
    };
  }

  private async plan(
    em: EntityManager,
    cohort: CohortEntity,
    people: RosterPerson[],
  ): Promise<RosterPlan> {
    const userIds = people.flatMap((p) => (p.userId ? [p.userId] : []));
    const keys = people.flatMap((p) => (p.email ? [emailKey(p.email)] : []));
    const members = new Set(
      (
        await em.getRepository(CohortMemberEntity).find({
          select: { userId: true },
          where: { cohortId: cohort.id, userId: In(userIds) },
        })
      ).map((m) => m.userId),
    );
    // Only what the host knows already: members, and addresses this cohort invited.
    const invitedKeys = new Set(
      (
        await em.getRepository(CohortInvitationEntity).find({
          select: { emailKey: true },
          where: {
            cohortId: cohort.id,
            emailKey: In(keys),
            acceptedAt: IsNull(),
            expiresAt: MoreThan(new Date()),
          },
        })
      ).map((i) => i.emailKey),
    );
    const seen = new Set<string>();
    const entries: RosterPlanEntry[] = [];
    for (const person of people) {
      const entry = (action: RosterAction, reason: RosterSkipReason | null = null) =>
        entries.push({ ...person, action, reason });
      if (person.userId) {
        if (members.has(person.userId)) entry('member');
        else if (await this.enrolments.otherCohort(em, person.userId, cohort.courseSlug, cohort.id))
          entry('skip', 'OTHER_COHORT');
        else entry('join');
        continue;
      }
      if (!person.email) {
        entry('skip', 'NO_EMAIL');
        continue;
      }
      if (!isEmail(person.email) || person.email.length > 320) {
        entry('skip', 'INVALID_EMAIL');
        continue;
      }
      const key = emailKey(person.email);
      if (invitedKeys.has(key)) entry('invited');
      else if (seen.has(key)) entry('skip', 'DUPLICATE_EMAIL');
      else entry('invite');
      seen.add(key);
    }
    const n = await em.getRepository(CohortMemberEntity).countBy({ cohortId: cohort.id });
    const freePlaces = Math.max(
      0,
      cohort.capacity - n - (await this.invitations.pendingCount(em, cohort.id)),
    );
    const plan = { entries, freePlaces, fits: true };
    plan.fits = placesTaken(plan) <= freePlaces;
    return plan;
  }
}

const placesTaken = (plan: Pick<RosterPlan, 'entries'>) =>
  plan.entries.filter((e) => e.action === 'join' || e.action === 'invite').length;
