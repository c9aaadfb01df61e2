export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
  /** A JSON object, validated by the operation that receives it */
  JSONObject: { input: unknown; output: unknown; }
};

export type AcceptInvitationInput = {
  /** The secret of the confirmation link mailed to a newly registered invitee */
  confirmation?: InputMaybe<Scalars['String']['input']>;
  token: Scalars['String']['input'];
};

export type AdaptationFileInput = {
  edition: Scalars['String']['input'];
  /** modules/<m>/lessons/<l>.<locale>.md or practices/<slug>.<locale>.md */
  path: Scalars['String']['input'];
};

export type AddWorkspaceCommentInput = {
  body: Scalars['String']['input'];
  edition: Scalars['String']['input'];
  locale: Scalars['String']['input'];
  /** Segment id as in the XLIFF export (title, fm.objectives.0, body.3) */
  segmentId: Scalars['String']['input'];
  sourcePath: Scalars['String']['input'];
};

export type AnnouncementInput = {
  body: Scalars['String']['input'];
  cohortId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

/** An answer to one drawn question; use the field that fits its type */
export type AnswerInput = {
  choice?: InputMaybe<Scalars['String']['input']>;
  choices?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The question key from the attempt */
  key: Scalars['String']['input'];
  number?: InputMaybe<Scalars['Float']['input']>;
  order?: InputMaybe<Array<Scalars['String']['input']>>;
  truth?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A participant’s answer: choice (poll, quiz), number (estimate), text (words) or order (ranking) */
export type AnswerLiveActivityInput = {
  activityId: Scalars['ID']['input'];
  choice?: InputMaybe<Scalars['String']['input']>;
  /** Multiple-answer quiz questions: the chosen option ids */
  choices?: InputMaybe<Array<Scalars['String']['input']>>;
  number?: InputMaybe<Scalars['Float']['input']>;
  /** LCC exercise: the table’s offer */
  offer?: InputMaybe<LiveLccOfferInput>;
  /** Ranking: every option id, best first */
  order?: InputMaybe<Array<Scalars['String']['input']>>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type AttendanceEntryInput = {
  status: AttendanceStatus;
  userId: Scalars['ID']['input'];
};

export type AttendanceStatus =
  | 'absent'
  | 'excused'
  | 'present';

export type CacheControlScope =
  | 'PRIVATE'
  | 'PUBLIC';

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  /** At least 15 characters, not a common password, not containing the name or email */
  newPassword: Scalars['String']['input'];
};

export type CheckAdaptationInput = {
  edition: Scalars['String']['input'];
  /** modules/<m>/lessons/<l>.<locale>.md or practices/<slug>.<locale>.md */
  path: Scalars['String']['input'];
  text: Scalars['String']['input'];
};

export type CheckWorkspaceSegmentInput = {
  edition: Scalars['String']['input'];
  locale: Scalars['String']['input'];
  /** Segment id as in the XLIFF export (title, fm.objectives.0, body.3) */
  segmentId: Scalars['String']['input'];
  sourcePath: Scalars['String']['input'];
  target: Scalars['String']['input'];
};

export type CoHostInput = {
  cohortId: Scalars['ID']['input'];
  email: Scalars['String']['input'];
};

export type CodeInput = {
  code: Scalars['String']['input'];
};

export type ConfirmWorkspaceSegmentInput = {
  edition: Scalars['String']['input'];
  /** The version the editor saw (0: the repository file’s translation) */
  expectedVersion: Scalars['Int']['input'];
  locale: Scalars['String']['input'];
  /** Segment id as in the XLIFF export (title, fm.objectives.0, body.3) */
  segmentId: Scalars['String']['input'];
  sourcePath: Scalars['String']['input'];
};

/** A new cohort; omitted settings take the defaults named */
export type CreateCohortInput = {
  capacity?: Scalars['Int']['input'];
  /** Emails of other hosts */
  coHostEmails?: Array<Scalars['String']['input']>;
  courseSlug: Scalars['String']['input'];
  /** Edition id, used when releaseId is omitted; default: the core */
  edition?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD */
  endsOn: Scalars['String']['input'];
  locale: Scalars['String']['input'];
  /** Share of sessions to attend, 0–1, e.g. 0.8 */
  minAttendance?: InputMaybe<Scalars['Float']['input']>;
  moduleUnlocks?: Array<ModuleUnlockInput>;
  name: Scalars['String']['input'];
  /** Default: the current release of the edition */
  releaseId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD */
  startsOn: Scalars['String']['input'];
  /** IANA time zone, e.g. Europe/Amsterdam */
  timeZone: Scalars['String']['input'];
};

export type CreateSessionInput = {
  cohortId: Scalars['ID']['input'];
  endsAt: Scalars['String']['input'];
  /** Module whose host notes guide the session */
  hostNotesModule?: InputMaybe<Scalars['String']['input']>;
  modules?: Array<Scalars['String']['input']>;
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  startsAt: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type DeleteAccountOfInput = {
  keepCertificatesVerifiable: Scalars['Boolean']['input'];
  userId: Scalars['ID']['input'];
};

export type DeleteMyAccountInput = {
  /** True: issued certificates stay verifiable (with the name on them). False: each is revoked with reason "holder deleted account" and the name removed. */
  keepCertificatesVerifiable: Scalars['Boolean']['input'];
  /** The account password, to confirm */
  password: Scalars['String']['input'];
};

export type DiscountRateSourceInput = {
  publisher?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type EditionScopeInput = {
  edition: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};

export type EnrolInput = {
  courseSlug: Scalars['String']['input'];
  /** Default: the user’s preferred language */
  locale?: InputMaybe<Scalars['String']['input']>;
  /** The release the catalogue showed; default: the current one */
  releaseId?: InputMaybe<Scalars['ID']['input']>;
};

export type HideLessonInput = {
  edition: Scalars['String']['input'];
  /** true hides the lesson, false shows it again */
  hidden: Scalars['Boolean']['input'];
  lesson: Scalars['String']['input'];
  module: Scalars['String']['input'];
};

export type InvitationAcceptance =
  /** A confirmation link went to the address; opening it signed in accepts */
  | 'confirmationSent'
  | 'joined';

export type InvitationState =
  | 'accepted'
  | 'expired'
  | 'pending';

export type JoinLiveSessionInput = {
  /** The short code on the projector */
  code: Scalars['String']['input'];
};

export type JoinOpenInput = {
  cohortId: Scalars['ID']['input'];
  open: Scalars['Boolean']['input'];
};

/** An activity the host launches; which fields are needed depends on kind */
export type LaunchLiveActivityInput = {
  /** A group activity: one answer per table */
  byTable?: InputMaybe<Scalars['Boolean']['input']>;
  kind: LiveActivityKind;
  /** LCC only: the curriculum exercise (always by table) */
  lccExercise?: InputMaybe<Scalars['String']['input']>;
  liveSessionId: Scalars['ID']['input'];
  /** Poll and ranking: 2 to 8 options */
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Poll, estimate and words; quiz questions bring their own */
  prompt?: InputMaybe<Scalars['String']['input']>;
  /** Quiz only: the module of the question */
  quizModule?: InputMaybe<Scalars['String']['input']>;
  /** Quiz only: the question id in the module quiz bank */
  quizQuestion?: InputMaybe<Scalars['String']['input']>;
};

/** GDPR Art. 6(1): contract (b), legitimate interests (f), legal obligation (c), consent (a) */
export type LegalBasis =
  | 'consent'
  | 'contract'
  | 'legalObligation'
  | 'legitimateInterests';

export type LessonRefInput = {
  enrolmentId: Scalars['ID']['input'];
  lesson: Scalars['String']['input'];
  module: Scalars['String']['input'];
};

export type LiveActivityIdInput = {
  activityId: Scalars['ID']['input'];
};

export type LiveActivityKind =
  | 'estimate'
  | 'lcc'
  | 'poll'
  | 'quiz'
  | 'ranking'
  | 'words';

export type LiveActivityState =
  | 'locked'
  | 'open'
  | 'revealed';

/** A table’s offer in an LCC exercise, in the exercise’s currency */
export type LiveLccOfferInput = {
  /** Money back at the end of the period (buy-back, resale) */
  endOfLifeValue: Scalars['Float']['input'];
  /** Purchase and installation, paid at the start */
  purchase: Scalars['Float']['input'];
  /** All yearly costs together, every year of the period */
  yearlyCost: Scalars['Float']['input'];
};

export type LiveSessionIdInput = {
  liveSessionId: Scalars['ID']['input'];
};

export type LiveTableMode =
  | 'organisation'
  | 'random';

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type LtiPlatformInput = {
  /** Authentication request URL (OIDC auth endpoint) of the platform */
  authLoginUrl: Scalars['String']['input'];
  /** The client ID the platform gave the academy (aud of its id_tokens) */
  clientId: Scalars['String']['input'];
  /** Deployment IDs the academy accepts launches from */
  deploymentIds: Array<Scalars['String']['input']>;
  /** The platform ID (iss of its id_tokens), e.g. https://moodle.example.org */
  issuer: Scalars['String']['input'];
  /** Public keyset URL (JWKS) of the platform */
  jwksUrl: Scalars['String']['input'];
  /** A name for administrators, e.g. "Moodle of the city of Ghent" */
  name: Scalars['String']['input'];
  /** Access token URL (for grade services, later) */
  tokenUrl?: InputMaybe<Scalars['String']['input']>;
};

/** JOIN: a linked account joins; INVITE: an invitation is sent; MEMBER/INVITED: already there; SKIP: see the reason */
export type LtiRosterAction =
  | 'INVITE'
  | 'INVITED'
  | 'JOIN'
  | 'MEMBER'
  | 'SKIP';

export type LtiRosterSkipReason =
  | 'DUPLICATE_EMAIL'
  | 'INVALID_EMAIL'
  | 'NO_EMAIL'
  | 'OTHER_COHORT';

export type MemberVerificationInput = {
  userId: Scalars['ID']['input'];
  /** True confirms the person belongs to the organisation; false withdraws it */
  verified: Scalars['Boolean']['input'];
};

export type ModuleUnlockInput = {
  module: Scalars['String']['input'];
  unlocksAt: Scalars['String']['input'];
};

export type NameVisibilityInput = {
  cohortId: Scalars['ID']['input'];
  visible: Scalars['Boolean']['input'];
};

export type OrganisationDomainsInput = {
  /** Email domains whose addresses belong to the organisation, e.g. utrecht.nl */
  domains: Array<Scalars['String']['input']>;
  organisationId: Scalars['ID']['input'];
};

export type OrganisationInput = {
  /** ISO 3166-1 alpha-2 country code, e.g. NL */
  country: Scalars['String']['input'];
  kind: OrganisationKind;
  name: Scalars['String']['input'];
};

export type OrganisationKind =
  | 'agency'
  | 'city'
  | 'other'
  | 'region';

export type ParticipantCsvInput = {
  cohortId: Scalars['ID']['input'];
  /** Header row with email, name, organisation, language; comma or semicolon */
  csv: Scalars['String']['input'];
};

export type PublishEditionInput = {
  edition: Scalars['String']['input'];
};

export type RegisterInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  organisation?: InputMaybe<OrganisationInput>;
  /** At least 15 characters, not a common password, not containing the name or email */
  password: Scalars['String']['input'];
  preferredLocale?: InputMaybe<Scalars['String']['input']>;
  /** The version of the privacy notice (privacyNotice.version) the person read and accepted; registration is refused when it is not the current one. */
  privacyNoticeVersion: Scalars['String']['input'];
  /** The person agrees to share their training record with their organisation */
  shareTrainingRecord?: InputMaybe<Scalars['Boolean']['input']>;
};

export type RemoveAdaptationInput = {
  edition: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
  path: Scalars['String']['input'];
};

export type RemoveCoHostInput = {
  cohortId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};

export type ReviewWorkspaceSegmentInput = {
  edition: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
  locale: Scalars['String']['input'];
  /** Segment id as in the XLIFF export (title, fm.objectives.0, body.3) */
  segmentId: Scalars['String']['input'];
  sourcePath: Scalars['String']['input'];
};

export type RevokeCertificateInput = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** learner is held by every user */
export type Role =
  | 'admin'
  | 'editor'
  | 'host'
  | 'learner'
  | 'orgManager';

export type RoleChangeInput = {
  role: Role;
  userId: Scalars['ID']['input'];
};

export type SaveAdaptationInput = {
  edition: Scalars['String']['input'];
  /** The version the editor started from (0: a new adaptation) */
  expectedVersion: Scalars['Int']['input'];
  /** modules/<m>/lessons/<l>.<locale>.md or practices/<slug>.<locale>.md */
  path: Scalars['String']['input'];
  text: Scalars['String']['input'];
};

export type SaveAnswersInput = {
  answers: Array<AnswerInput>;
  attemptId: Scalars['ID']['input'];
};

export type SaveWorkspaceSegmentInput = {
  edition: Scalars['String']['input'];
  /** The version the editor started from (0: not yet translated); another version is a conflict */
  expectedVersion: Scalars['Int']['input'];
  locale: Scalars['String']['input'];
  /** Segment id as in the XLIFF export (title, fm.objectives.0, body.3) */
  segmentId: Scalars['String']['input'];
  sourcePath: Scalars['String']['input'];
  target: Scalars['String']['input'];
};

export type SetAttendanceInput = {
  entries: Array<AttendanceEntryInput>;
  sessionId: Scalars['ID']['input'];
};

export type SetEnrolmentLocaleInput = {
  enrolmentId: Scalars['ID']['input'];
  locale: Scalars['String']['input'];
};

export type SetLccDefaultsInput = {
  currency?: InputMaybe<Scalars['String']['input']>;
  /** A fraction: 0.03 for 3 % */
  discountRate?: InputMaybe<Scalars['Float']['input']>;
  /** Required with a discount rate */
  discountRateSource?: InputMaybe<DiscountRateSourceInput>;
  edition: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
};

/** The slide the projector shows (0-based) */
export type ShowLiveSlideInput = {
  index: Scalars['Int']['input'];
  liveSessionId: Scalars['ID']['input'];
};

/** Seats everyone who joined at tables, replacing an earlier split */
export type SplitLiveTablesInput = {
  liveSessionId: Scalars['ID']['input'];
  mode: LiveTableMode;
  /** Random only: how many tables (2 to 12) */
  tables?: InputMaybe<Scalars['Int']['input']>;
};

export type StartLiveSessionInput = {
  cohortSessionId: Scalars['ID']['input'];
};

export type StartQuizInput = {
  enrolmentId: Scalars['ID']['input'];
  /** The module whose quiz to take; omit for the final assessment */
  module?: InputMaybe<Scalars['String']['input']>;
};

export type SubmitAttemptInput = {
  answers: Array<AnswerInput>;
  attemptId: Scalars['ID']['input'];
  /** A random key per submission from the client; repeating it repeats the result */
  idempotencyKey: Scalars['String']['input'];
};

/** Changes to a cohort; only the fields given change */
export type UpdateCohortInput = {
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** true removes the attendance rule */
  clearMinAttendance?: InputMaybe<Scalars['Boolean']['input']>;
  cohortId: Scalars['ID']['input'];
  endsOn?: InputMaybe<Scalars['String']['input']>;
  minAttendance?: InputMaybe<Scalars['Float']['input']>;
  /** Replaces all unlock dates */
  moduleUnlocks?: InputMaybe<Array<ModuleUnlockInput>>;
  name?: InputMaybe<Scalars['String']['input']>;
  startsOn?: InputMaybe<Scalars['String']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateLtiPlatformInput = {
  /** Authentication request URL (OIDC auth endpoint) of the platform */
  authLoginUrl: Scalars['String']['input'];
  /** The client ID the platform gave the academy (aud of its id_tokens) */
  clientId: Scalars['String']['input'];
  /** Deployment IDs the academy accepts launches from */
  deploymentIds: Array<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** The platform ID (iss of its id_tokens), e.g. https://moodle.example.org */
  issuer: Scalars['String']['input'];
  /** Public keyset URL (JWKS) of the platform */
  jwksUrl: Scalars['String']['input'];
  /** A name for administrators, e.g. "Moodle of the city of Ghent" */
  name: Scalars['String']['input'];
  /** Access token URL (for grade services, later) */
  tokenUrl?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateProfileInput = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the organisation */
  organisation?: InputMaybe<OrganisationInput>;
  preferredLocale?: InputMaybe<Scalars['String']['input']>;
  /** Agrees (true) or no longer agrees (false) to share the training record with the organisation; another organisation starts without it */
  shareTrainingRecord?: InputMaybe<Scalars['Boolean']['input']>;
};

export type UpdateSessionInput = {
  endsAt: Scalars['String']['input'];
  /** Module whose host notes guide the session */
  hostNotesModule?: InputMaybe<Scalars['String']['input']>;
  modules?: Array<Scalars['String']['input']>;
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  sessionId: Scalars['ID']['input'];
  startsAt: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type UpdateXapiStoreInput = {
  enabled?: Scalars['Boolean']['input'];
  /** The LRS endpoint; statements go to <endpoint>/statements */
  endpoint: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  /** Basic-auth key (user name) of the LRS client */
  key: Scalars['String']['input'];
  /** A name for administrators, e.g. "Regional HR learning records" */
  name: Scalars['String']['input'];
  /** Basic-auth secret; required when adding, left out to keep the stored one */
  secret?: InputMaybe<Scalars['String']['input']>;
  /** Identify learners by e-mail (mbox) instead of an opaque account id */
  shareEmail?: Scalars['Boolean']['input'];
};

/** outdated: translated from a source text that has since changed upstream */
export type WorkspaceSegmentStatus =
  | 'missing'
  | 'outdated'
  | 'reviewed'
  | 'translated';

export type XapiStoreInput = {
  enabled?: Scalars['Boolean']['input'];
  /** The LRS endpoint; statements go to <endpoint>/statements */
  endpoint: Scalars['String']['input'];
  /** Basic-auth key (user name) of the LRS client */
  key: Scalars['String']['input'];
  /** A name for administrators, e.g. "Regional HR learning records" */
  name: Scalars['String']['input'];
  /** Basic-auth secret; required when adding, left out to keep the stored one */
  secret?: InputMaybe<Scalars['String']['input']>;
  /** Identify learners by e-mail (mbox) instead of an opaque account id */
  shareEmail?: Scalars['Boolean']['input'];
};
