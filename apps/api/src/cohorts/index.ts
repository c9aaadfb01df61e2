// The cohorts feature's public entry: what other features may use (see docs/decisions/0009).
export { CohortsModule } from './cohorts.module.js';
export { CohortCompletionService, type CohortCompletion } from './schedule/completion.service.js';
export { CohortsPersonalData } from './personal-data.service.js';
export {
  CohortLiveSessions,
  type CohortParticipant,
  type HostedCohortSession,
} from './schedule/live-sessions.port.js';
export {
  CohortRosterImport,
  type RosterAction,
  type RosterImportResult,
  type RosterPerson,
  type RosterPlan,
  type RosterPlanEntry,
  type RosterSkipReason,
} from './membership/roster-import.port.js';
