import { createHash } from 'node:crypto';
import type { PrivacySettings } from './config.js';

/**
 * The privacy notice (GDPR Art. 13) and the record of processing (Art. 30), as data derived from
 * the operator's configuration. The web app holds the wording in every interface language (keyed
 * by the activity, category and right keys below) and inserts the operator's values; the version
 * is a hash of this content, so a registration records exactly which notice the person accepted.
 * It lives beside the configuration because identity checks the version at registration and the
 * privacy feature serves the notice: both read it without depending on each other.
 */

/** Bump when the web app's wording of the notice changes in substance, so the version changes too. */
export const NOTICE_WORDING_REVISION = 2;

export const legalBases = [
  'contract',
  'legitimateInterests',
  'legalObligation',
  'consent',
] as const;
export type LegalBasis = (typeof legalBases)[number];

export interface ProcessingActivity {
  /** Names the activity in the web app's texts (purpose and retention rule). */
  key: string;
  legalBasis: LegalBasis;
  /** Kinds of personal data, keys the web app translates. */
  dataCategories: string[];
  /** Who else sees the data, keys the web app translates. */
  recipients: string[];
  /** Where the data lives (for the operator's record). */
  tables: string[];
}

export const dataSubjectRights = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'complaint',
] as const;

/** What the academy processes, why and on which basis. Retention periods come from the settings. */
export const processingActivities: readonly ProcessingActivity[] = [
  {
    key: 'account',
    legalBasis: 'contract',
    dataCategories: ['name', 'email', 'password', 'language', 'organisation', 'roles', 'signIns'],
    recipients: ['orgManagers'],
    tables: ['users', 'organisations', 'sessions'],
  },
  {
    key: 'learning',
    legalBasis: 'contract',
    dataCategories: ['enrolments', 'progress', 'answers'],
    // xAPI statements go to every store an administrator connected (decision record in xapi/).
    recipients: ['hosts', 'learningRecordStores'],
    tables: ['enrolments', 'lesson_progress', 'quiz_attempts'],
  },
  {
    // Only for people who agreed, on the account page or when registering (issue 21, item 7).
    key: 'trainingReport',
    legalBasis: 'consent',
    dataCategories: ['name', 'email', 'enrolments', 'progress', 'certificates'],
    recipients: ['orgManagersTraining'],
    tables: ['users', 'enrolments', 'lesson_progress', 'certificates'],
  },
  {
    key: 'cohorts',
    legalBasis: 'contract',
    dataCategories: ['name', 'email', 'organisation', 'attendance', 'invitations'],
    recipients: ['hosts'],
    tables: [
      'cohorts',
      'cohort_members',
      'cohort_hosts',
      'cohort_attendance',
      'cohort_invitations',
      'cohort_announcements',
    ],
  },
  {
    key: 'certificates',
    legalBasis: 'contract',
    dataCategories: ['name', 'certificates'],
    recipients: ['verifiers'],
    tables: ['certificates'],
  },
  {
    key: 'mail',
    legalBasis: 'contract',
    dataCategories: ['email', 'messages'],
    recipients: ['mailProvider'],
    tables: ['mail_messages', 'cohort_outbox'],
  },
  {
    key: 'platforms',
    legalBasis: 'contract',
    dataCategories: ['name', 'platformIds', 'progress', 'courseRosters'],
    recipients: ['learningPlatforms'],
    tables: ['lti_account_links', 'lti_grade_links', 'lti_course_rosters'],
  },
  {
    key: 'liveWorkshops',
    legalBasis: 'contract',
    dataCategories: ['name', 'organisation', 'attendance', 'liveAnswers'],
    recipients: ['hosts', 'workshopRoom'],
    tables: ['live_sessions', 'live_participants', 'live_answers'],
  },
  {
    key: 'translation',
    legalBasis: 'contract',
    dataCategories: ['name', 'translations', 'comments'],
    recipients: ['editors'],
    tables: [
      'editor_editions',
      'workspace_segments',
      'workspace_comments',
      'workspace_source_confirmations',
      'workspace_adaptations',
    ],
  },
  {
    key: 'security',
    legalBasis: 'legitimateInterests',
    dataCategories: ['email', 'ipAddress'],
    recipients: [],
    tables: ['throttle_counters', 'rate_limits'],
  },
  {
    key: 'audit',
    legalBasis: 'legitimateInterests',
    dataCategories: ['actions'],
    recipients: [],
    tables: ['audit_log', 'lti_registration_tokens'],
  },
];

export interface PrivacyNotice {
  version: string;
  controllerName: string;
  contactEmail: string | null;
  dpoContact: string | null;
  retention: PrivacySettings['retention'];
  activities: readonly ProcessingActivity[];
  rights: readonly string[];
}

/** The notice for these settings; equal settings give an equal version on every replica. */
export function privacyNotice(settings: PrivacySettings): PrivacyNotice {
  const content = {
    wording: NOTICE_WORDING_REVISION,
    controllerName: settings.controllerName,
    contactEmail: settings.contactEmail,
    dpoContact: settings.dpoContact,
    retention: settings.retention,
    activities: processingActivities.map(({ key, legalBasis, dataCategories, recipients }) => ({
      key,
      legalBasis,
      dataCategories,
      recipients,
    })),
    rights: dataSubjectRights,
  };
  const version = createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16);
  const { wording: _wording, ...notice } = content;
  return { version, ...notice, activities: processingActivities };
}
