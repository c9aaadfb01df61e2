import { AtomicThrottle1796502363491 } from './1796502363491-AtomicThrottle.js';
import { SharedLimitsAndIssuerKey1796505209571 } from './1796505209571-SharedLimitsAndIssuerKey.js';
import { Certificates1795965363639 } from './1795965363639-Certificates.js';
import { Cohorts1795965775371 } from './1795965775371-Cohorts.js';
import { CurriculumReleases1795964511820 } from './1795964511820-CurriculumReleases.js';
import { EmailInvitations1796502117954 } from './1796502117954-EmailInvitations.js';
import { EnrolmentCohortIndex1795969044366 } from './1795969044366-EnrolmentCohortIndex.js';
import { Identity1795963580045 } from './1795963580045-Identity.js';
import { Learning1795964977237 } from './1795964977237-Learning.js';
import { DurableMail1796505382144 } from './1796505382144-DurableMail.js';
import { LiveWorkshops1796700000004 } from './1796700000004-LiveWorkshops.js';
import { TrainingRecordSharing1796700000011 } from './1796700000011-TrainingRecordSharing.js';
import { WorkshopKit1796700000022 } from './1796700000022-WorkshopKit.js';
import { LtiTool1796515337473 } from './1796515337473-LtiTool.js';
import { PracticeSearchPerLocale1795970000000 } from './1795970000000-PracticeSearchPerLocale.js';
import { Workspace1796700000002 } from './1796700000002-Workspace.js';
import { RecentAttemptsIndex1796600000000 } from './1796600000000-RecentAttemptsIndex.js';
import { PrivacyNoticeAndRetention1796700000000 } from './1796700000000-PrivacyNoticeAndRetention.js';
import { OrganisationVerification1796700000001 } from './1796700000001-OrganisationVerification.js';
import { XapiStores1796700000003 } from './1796700000003-XapiStores.js';
import { LiveTables1796700000025 } from './1796700000025-LiveTables.js';
import { LiveLccExercise1796700000041 } from './1796700000041-LiveLccExercise.js';
import { LiveSlides1796700000042 } from './1796700000042-LiveSlides.js';
import { LtiRostersAndRegistration1796700000027 } from './1796700000027-LtiRostersAndRegistration.js';
import { WorkspaceAdaptations1796700000043 } from './1796700000043-WorkspaceAdaptations.js';
import { WorkspaceUpstream1796700000045 } from './1796700000045-WorkspaceUpstream.js';

/** Migrations in the order they run. Never edit one after it has landed; add a new one. */
export const migrations = [
  Identity1795963580045,
  CurriculumReleases1795964511820,
  Learning1795964977237,
  Certificates1795965363639,
  Cohorts1795965775371,
  EnrolmentCohortIndex1795969044366,
  PracticeSearchPerLocale1795970000000,
  EmailInvitations1796502117954,
  AtomicThrottle1796502363491,
  SharedLimitsAndIssuerKey1796505209571,
  DurableMail1796505382144,
  LtiTool1796515337473,
  RecentAttemptsIndex1796600000000,
  PrivacyNoticeAndRetention1796700000000,
  OrganisationVerification1796700000001,
  Workspace1796700000002,
  XapiStores1796700000003,
  LiveWorkshops1796700000004,
  TrainingRecordSharing1796700000011,
  WorkshopKit1796700000022,
  LiveTables1796700000025,
  LtiRostersAndRegistration1796700000027,
  LiveLccExercise1796700000041,
  LiveSlides1796700000042,
  WorkspaceAdaptations1796700000043,
  WorkspaceUpstream1796700000045,
];
