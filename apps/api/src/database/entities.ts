import { AuditLogEntity } from '../audit/audit-log.entity.js';
import { cohortEntities } from '../cohorts/cohorts.entities.js';
import { CertificateEntity } from '../certificates/certificate.entity.js';
import { IssuerKeyEntity } from '../certificates/issuer-key.entity.js';
import { EnrolmentEntity } from '../learning/enrolment.entity.js';
import { LessonProgressEntity } from '../learning/lesson-progress.entity.js';
import { QuizAttemptEntity } from '../learning/quiz-attempt.entity.js';
import { releaseContentEntities } from '../curriculum/release-content.entities.js';
import { ReleaseEntity } from '../curriculum/release.entity.js';
import { ThrottleCounterEntity } from '../identity/throttle-counter.entity.js';
import { OrganisationEntity } from '../identity/organisation.entity.js';
import { SessionEntity } from '../identity/session.entity.js';
import { UserEntity } from '../identity/user.entity.js';
import { liveEntities } from '../live/live.entities.js';
import { ltiEntities } from '../lti/lti.entities.js';
import { XapiStoreEntity } from '../xapi/xapi.entities.js';
import { MailMessageEntity } from '../mail/mail-message.entity.js';
import { workspaceEntities } from '../workspace/workspace.entities.js';

/** Every persisted entity; features add theirs here. */
export const entities = [
  OrganisationEntity,
  UserEntity,
  SessionEntity,
  ThrottleCounterEntity,
  ReleaseEntity,
  ...releaseContentEntities,
  EnrolmentEntity,
  LessonProgressEntity,
  QuizAttemptEntity,
  CertificateEntity,
  IssuerKeyEntity,
  AuditLogEntity,
  MailMessageEntity,
  ...cohortEntities,
  ...ltiEntities,
  ...workspaceEntities,
  XapiStoreEntity,
  ...liveEntities,
];
