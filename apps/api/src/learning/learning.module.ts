import { Module } from '@nestjs/common';
import { CurriculumModule } from '../curriculum/index.js';
import { AttemptViewService } from './attempt-view.service.js';
import { CohortEnrolments } from './cohort-enrolments.service.js';
import { CompletionRules } from './completion-rules.js';
import { CourseStructureService } from './course-structure.service.js';
import { EnrolmentService } from './enrolment.service.js';
import { LearningEvents } from './learning-events.js';
import { LearningReadModel } from './learning.read-model.js';
import { LearningResolver } from './learning.resolver.js';
import { QuizAttemptService } from './quiz-attempt.service.js';
import { QuizResolver } from './quiz.resolver.js';
import { LearningPersonalData } from './personal-data.service.js';

/** Enrolment, progress, quizzes and completion. */
@Module({
  imports: [CurriculumModule],
  providers: [
    CompletionRules,
    CourseStructureService,
    EnrolmentService,
    QuizAttemptService,
    AttemptViewService,
    LearningEvents,
    LearningReadModel,
    CohortEnrolments,
    LearningResolver,
    QuizResolver,
    LearningPersonalData,
  ],
  exports: [
    LearningEvents,
    EnrolmentService,
    CourseStructureService,
    CompletionRules,
    LearningReadModel,
    CohortEnrolments,
    LearningPersonalData,
  ],
})
export class LearningModule {}
