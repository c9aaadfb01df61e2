// The learning feature's public entry: what other features may use (see docs/decisions/0009).
// Its tables (enrolments, lesson_progress, quiz_attempts) are read through LearningReadModel
// and written through its services, never queried by other features.
export { CohortEnrolments, type CohortEnrolment } from './cohort-enrolments.service.js';
export { CompletionRules, type ExtraRule } from './completion-rules.js';
export { CourseStructureService } from './course-structure.service.js';
export { EnrolmentService } from './enrolment.service.js';
export {
  LearningEvents,
  type CertificateIssueJob,
  type CourseCompleted,
  type EnrolmentRef,
  type LearningRecord,
  type QuizSubmitted,
} from './learning-events.js';
export { LearningModule } from './learning.module.js';
export {
  LearningReadModel,
  type GroupProgress,
  type LearnerProgressRow,
  type SubmittedAttemptRow,
} from './learning.read-model.js';
export { LearningPersonalData } from './personal-data.service.js';
