import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CurrentUser } from '../../common/graphql-context.js';
import { CohortAccess } from '../cohort-access.service.js';
import { CohortSessionEntity } from '../cohort-session.entity.js';
import { CohortMemberEntity } from '../cohort.entity.js';
import { AttendanceService } from './attendance.service.js';
import { SessionsService } from './sessions.service.js';

/** A cohort session as the live feature needs it to run a workshop. */
export interface HostedCohortSession {
  sessionId: string;
  cohortId: string;
  title: string;
  modules: string[];
  releaseId: string;
  courseSlug: string;
  locale: string;
}

export interface CohortParticipant {
  userId: string;
  displayName: string;
}

/**
 * What the live feature may ask of cohorts (docs/decisions/0014): who hosts a session, who takes
 * part, and recording presence, so live sessions never read or write cohort tables themselves.
 */
@Injectable()
export class CohortLiveSessions {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly attendance: AttendanceService,
    private readonly access: CohortAccess,
  ) {}

  /** The session when `user` hosts its cohort; NOT_FOUND otherwise. */
  async hosted(user: CurrentUser, sessionId: string): Promise<HostedCohortSession> {
    const { session, cohort } = await this.sessions.asHost(user, sessionId);
    return {
      sessionId: session.id,
      cohortId: cohort.id,
      title: session.title,
      modules: session.modules,
      releaseId: cohort.releaseId,
      courseSlug: cohort.courseSlug,
      locale: cohort.locale,
    };
  }

  /** How `user` relates to the cohort: host (role held now), participant, or neither. */
  async relation(user: CurrentUser, cohortId: string): Promise<'host' | 'participant' | null> {
    const view = await this.access.view(user, cohortId);
    if (view?.isHost) return 'host';
    return view?.isMember ? 'participant' : null;
  }

  /** The session's title, for everyone who may follow its live session. */
  async sessionTitle(sessionId: string): Promise<string> {
    const session = await this.dataSource
      .getRepository(CohortSessionEntity)
      .findOne({ where: { id: sessionId }, select: { id: true, title: true } });
    return session?.title ?? '';
  }

  /** Joining a live session is checking in: the participant is demonstrably there. */
  markPresent(sessionId: string, userId: string): Promise<void> {
    return this.attendance.markPresent(sessionId, userId);
  }

  /**
   * The organisation each of the cohort's participants among `userIds` named (null: none), so
   * the host can seat people by organisation. Names only: the projector shows them as tables.
   */
  async organisations(
    cohortId: string,
    userIds: string[],
  ): Promise<{ userId: string; organisation: string | null }[]> {
    if (!userIds.length) return [];
    const rows = await this.dataSource
      .getRepository(CohortMemberEntity)
      .createQueryBuilder('m')
      .innerJoin('m.user', 'u')
      .leftJoin('organisations', 'o', 'o.id = u.organisation_id')
      .select('m.user_id', 'userId')
      .addSelect('o.name', 'organisation')
      .where('m.cohortId = :cohortId AND m.userId IN (:...userIds)', { cohortId, userIds })
      .orderBy('u.displayName')
      .addOrderBy('u.id')
      .getRawMany<{ userId: string; organisation: string | null }>();
    return rows;
  }

  /** The cohort's participants among `userIds`, for the host's "not answered yet" list. */
  async participants(cohortId: string, userIds: string[]): Promise<CohortParticipant[]> {
    if (!userIds.length) return [];
    const members = await this.dataSource
      .getRepository(CohortMemberEntity)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.user', 'u')
      .where('m.cohortId = :cohortId AND m.userId IN (:...userIds)', { cohortId, userIds })
      .orderBy('u.displayName')
      .addOrderBy('u.id')
      .getMany();
    return members.map((m) => ({ userId: m.userId, displayName: m.user?.displayName ?? '' }));
  }
}
