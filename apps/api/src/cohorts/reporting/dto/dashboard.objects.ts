import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('DashboardModuleCell')
export class DashboardModuleCellObject {
  @Field() module: string;
  @Field(() => Int) lessonsDone: number;
  @Field(() => Int) lessonsTotal: number;
  @Field(() => Float, { nullable: true, description: 'Best module quiz score, 0–1' }) quizBest:
    | number
    | null;
  @Field() quizPassed: boolean;
  @Field(() => Int) quizAttempts: number;
}

@ObjectType('DashboardParticipant')
export class DashboardParticipantObject {
  @Field(() => ID) userId: string;
  @Field() displayName: string;
  @Field({
    description:
      'The account was deleted (a tombstone): show a translated "deleted participant", not the stored name',
  })
  deleted: boolean;
  @Field() email: string;
  @Field(() => String, { nullable: true }) organisation: string | null;
  @Field(() => [DashboardModuleCellObject]) modules: DashboardModuleCellObject[];
  @Field() courseCompleted: boolean;
  @Field(() => Date, { nullable: true }) lastActivityAt: Date | null;
  @Field(() => Int) sessionsAttended: number;
  @Field(() => Int) sessionsHeld: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Attended / held; null before the first session',
  })
  attendanceRate: number | null;
  @Field({ description: 'Meets the cohort’s attendance rule (true when there is none)' })
  meetsAttendance: boolean;
  @Field({ description: 'Course completed and attendance rule met' }) meetsCohortRules: boolean;
  @Field(() => [String], {
    description: 'Why the participant looks stuck: inactive, failed-quiz:<module>',
  })
  stuckReasons: string[];
}

@ObjectType('DashboardQuestion')
export class DashboardQuestionObject {
  @Field({ description: 'module/questionId' }) key: string;
  @Field(() => String, {
    nullable: true,
    description: 'The question as learners read it, in the requested language',
  })
  prompt: string | null;
  @Field(() => Int) answered: number;
  @Field(() => Float, { description: '0–100' }) percentCorrect: number;
  @Field(() => String, { nullable: true, description: 'The wrong answer chosen most often' })
  mostChosenWrong: string | null;
  @Field(() => Int) mostChosenWrongCount: number;
  @Field(() => [String], {
    nullable: true,
    description:
      'The texts of the options in the most chosen wrong answer (in order for an ordering); null when it names no options',
  })
  mostChosenWrongOptions: string[] | null;
}

@ObjectType('DashboardSession')
export class DashboardSessionObject {
  @Field(() => ID) sessionId: string;
  @Field() title: string;
  @Field() startsAt: Date;
  @Field(() => Int) present: number;
  @Field(() => Int) absent: number;
  @Field(() => Int) excused: number;
  @Field(() => Int) unmarked: number;
}

@ObjectType('DashboardWeek')
export class DashboardWeekObject {
  @Field({ description: 'Monday of the ISO week, YYYY-MM-DD' }) weekStart: string;
  @Field(() => Int) lessonsCompleted: number;
}

@ObjectType('CohortDashboard')
export class CohortDashboardObject {
  @Field(() => ID) cohortId: string;
  @Field(() => [String], { description: 'Module slugs in course order: the matrix columns' })
  modules: string[];
  @Field(() => [DashboardParticipantObject]) participants: DashboardParticipantObject[];
  @Field(() => [DashboardParticipantObject]) stuck: DashboardParticipantObject[];
  @Field(() => [DashboardQuestionObject]) questions: DashboardQuestionObject[];
  @Field(() => [DashboardSessionObject]) sessions: DashboardSessionObject[];
  @Field(() => [DashboardWeekObject]) progressByWeek: DashboardWeekObject[];
  @Field(() => Int) stuckAfterDays: number;
}
