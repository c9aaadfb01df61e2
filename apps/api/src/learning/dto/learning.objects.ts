import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { TextInfoObject } from '../../curriculum/index.js';
import type { EnrolmentEntity } from '../enrolment.entity.js';

@ObjectType('ModuleProgress')
export class ModuleProgressObject {
  @Field() slug: string;
  @Field(() => Int) lessonsDone: number;
  @Field(() => Int) lessonsTotal: number;
  @Field(() => [String], { description: 'Slugs of the lessons done' }) doneLessons: string[];
  @Field() hasQuiz: boolean;
  @Field() quizPassed: boolean;
  @Field(() => Float, {
    nullable: true,
    description: 'Counting score (best or last, per the quiz), 0–1',
  })
  quizScore: number | null;
  @Field(() => Int) attemptsUsed: number;
  @Field(() => Int, { nullable: true }) attemptsAllowed: number | null;
}

@ObjectType('NextStep', { description: 'What the learner should do next' })
export class NextStepObject {
  @Field({ description: 'lesson | quiz | final-assessment | done' }) kind: string;
  @Field(() => String, { nullable: true }) module: string | null;
  @Field(() => String, { nullable: true }) lesson: string | null;
}

@ObjectType('CourseProgress')
export class CourseProgressObject {
  @Field(() => Int) lessonsDone: number;
  @Field(() => Int) lessonsTotal: number;
  @Field(() => Float, { description: '0–1 over lessons and quizzes' }) fraction: number;
  @Field(() => [ModuleProgressObject]) modules: ModuleProgressObject[];
  @Field() finalAssessmentPassed: boolean;
  @Field(() => Float, { nullable: true }) finalAssessmentScore: number | null;
  @Field(() => Int, { description: 'Graded attempts at the final assessment' })
  finalAssessmentAttemptsUsed: number;
  @Field(() => NextStepObject) nextStep: NextStepObject;
  @Field(() => [String], {
    description: 'What completion still needs (lesson:m/l, quiz:m, final-assessment)',
  })
  missing: string[];
}

@ObjectType('Enrolment')
export class EnrolmentObject {
  /** Internal: the row the learner owns, for field resolvers. */
  entity: EnrolmentEntity;

  @Field(() => ID) id: string;
  @Field() courseSlug: string;
  @Field(() => ID) releaseId: string;
  @Field() locale: string;
  @Field(() => ID, { nullable: true }) cohortId: string | null;
  @Field() enrolledAt: Date;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'module/lesson last opened' }) lastLesson:
    | string
    | null;
  @Field() lastActivityAt: Date;
}

@ObjectType('AnswerOption')
export class AnswerOptionObject {
  @Field() id: string;
  @Field() text: string;
}

@ObjectType('Answer')
export class AnswerObject {
  @Field(() => String, { nullable: true }) choice: string | null;
  @Field(() => [String], { nullable: true }) choices: string[] | null;
  @Field(() => Boolean, { nullable: true }) truth: boolean | null;
  @Field(() => Float, { nullable: true }) number: number | null;
  @Field(() => [String], { nullable: true }) order: string[] | null;
}

@ObjectType('QuestionFeedback', { description: 'Only after submission, as the quiz allows' })
export class QuestionFeedbackObject {
  @Field(() => Float) score: number;
  @Field(() => Float) max: number;
  @Field() correct: boolean;
  @Field(() => AnswerObject, { nullable: true, description: 'The right answer' })
  correctAnswer: AnswerObject | null;
  @Field(() => String, { nullable: true }) explanation: string | null;
}

@ObjectType('DrawnValue', {
  description: 'An input drawn for this attempt (e.g. the discount rate)',
})
export class DrawnValueObject {
  @Field() name: string;
  @Field(() => Float) value: number;
}

@ObjectType('AttemptQuestion')
export class AttemptQuestionObject {
  @Field(() => [DrawnValueObject], {
    description: 'Inputs drawn for this attempt, already shown in the prompt',
  })
  values: DrawnValueObject[];
  @Field() key: string;
  @Field({ description: 'single | multiple | true-false | numeric | ordering' }) type: string;
  @Field() prompt: string;
  @Field(() => [AnswerOptionObject], { description: 'In the order drawn for this attempt' })
  options: AnswerOptionObject[];
  @Field(() => String, { nullable: true }) unit: string | null;
  @Field(() => AnswerObject, { nullable: true, description: 'The learner’s saved answer' })
  answer: AnswerObject | null;
  @Field(() => QuestionFeedbackObject, { nullable: true }) feedback: QuestionFeedbackObject | null;
  @Field(() => TextInfoObject) text: TextInfoObject;
}

@ObjectType('QuizAttempt')
export class QuizAttemptObject {
  @Field(() => ID) id: string;
  @Field(() => ID) enrolmentId: string;
  @Field({ description: 'module | assessment' }) kind: string;
  @Field() quizSlug: string;
  @Field(() => Int) number: number;
  @Field() startedAt: Date;
  @Field(() => Date, { nullable: true }) deadlineAt: Date | null;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
  @Field(() => Float) passMark: number;
  @Field(() => Float, { nullable: true }) score: number | null;
  @Field(() => Float, { nullable: true }) maxScore: number | null;
  @Field(() => Float, { nullable: true }) fraction: number | null;
  @Field(() => Boolean, { nullable: true }) passed: boolean | null;
  @Field(() => Int, { nullable: true }) attemptsAllowed: number | null;
  @Field(() => [AttemptQuestionObject]) questions: AttemptQuestionObject[];
}

@ObjectType('AttemptSummary')
export class AttemptSummaryObject {
  @Field(() => ID) id: string;
  @Field() courseSlug: string;
  @Field() kind: string;
  @Field() quizSlug: string;
  @Field(() => Int) number: number;
  @Field() submittedAt: Date;
  @Field(() => Float) fraction: number;
  @Field() passed: boolean;
}
