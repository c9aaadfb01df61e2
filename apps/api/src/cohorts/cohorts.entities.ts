import { CohortSessionEntity, CohortAttendanceEntity } from './cohort-session.entity.js';
import { CohortEntity, CohortHostEntity, CohortMemberEntity } from './cohort.entity.js';
import {
  CohortAnnouncementEntity,
  CohortInvitationEntity,
  CohortOutboxEntity,
} from './messaging/messaging.entity.js';

/** The cohorts feature's tables, for the data source's entity list. */
export const cohortEntities = [
  CohortEntity,
  CohortHostEntity,
  CohortMemberEntity,
  CohortSessionEntity,
  CohortAttendanceEntity,
  CohortInvitationEntity,
  CohortOutboxEntity,
  CohortAnnouncementEntity,
];
