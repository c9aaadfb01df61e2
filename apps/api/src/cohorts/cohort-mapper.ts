import type { AppConfig } from '../config/config.js';
import type { CohortEntity } from './cohort.entity.js';
import type { CohortSessionEntity } from './cohort-session.entity.js';
import type { CohortHostObject, CohortObject, CohortSessionObject } from './dto/cohort.objects.js';

/** The address links in emails and calendars point at. */
export const publicBase = (config: AppConfig) =>
  (config.publicUrl ?? `http://localhost:${config.port}`).replace(/\/+$/, '');

export interface CohortExtras {
  participantCount: number;
  /** Pending invitations: they hold places (imports count them against the capacity). */
  invitedCount: number;
  hosts: CohortHostObject[];
}

export function toCohortObject(
  c: CohortEntity,
  extras: CohortExtras,
  viewerIsHost: boolean,
  config: AppConfig,
): CohortObject {
  return {
    id: c.id,
    name: c.name,
    courseSlug: c.courseSlug,
    releaseId: c.releaseId,
    locale: c.locale,
    capacity: c.capacity,
    participantCount: extras.participantCount,
    invitedCount: extras.invitedCount,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    timeZone: c.timeZone,
    minAttendance: c.minAttendance,
    moduleUnlocks: Object.entries(c.moduleUnlocks ?? {})
      .map(([module, at]) => ({ module, unlocksAt: new Date(at) }))
      .sort((a, b) => a.unlocksAt.getTime() - b.unlocksAt.getTime()),
    hosts: extras.hosts,
    viewerIsHost,
    joinCode: viewerIsHost ? c.joinCode : null,
    joinUrl: viewerIsHost ? `${publicBase(config)}/join/${c.joinCode}` : null,
    joinOpen: c.joinOpen,
  };
}

export function toSessionObject(
  s: CohortSessionEntity,
  viewerIsHost: boolean,
): CohortSessionObject {
  return {
    id: s.id,
    cohortId: s.cohortId,
    title: s.title,
    startsAt: new Date(s.startsAt),
    endsAt: new Date(s.endsAt),
    place: s.place,
    onlineUrl: s.onlineUrl,
    modules: s.modules,
    hostNotesModule: s.hostNotesModule,
    checkInCode: viewerIsHost ? s.checkInCode : null,
  };
}
