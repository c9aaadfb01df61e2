import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../common/access.js';
import { Me } from '../common/current-user.decorator.js';
import type { CurrentUser } from '../common/graphql-context.js';
import {
  EnrolInput,
  EnrolmentArgs,
  LessonRefInput,
  SetEnrolmentLocaleInput,
} from './dto/learning.inputs.js';
import {
  AttemptSummaryObject,
  CourseProgressObject,
  EnrolmentObject,
} from './dto/learning.objects.js';
import type { EnrolmentEntity } from './enrolment.entity.js';
import { EnrolmentService } from './enrolment.service.js';
import { QuizAttemptService } from './quiz-attempt.service.js';

const toObject = (e: EnrolmentEntity): EnrolmentObject => ({
  entity: e,
  id: e.id,
  courseSlug: e.courseSlug,
  releaseId: e.releaseId,
  locale: e.locale,
  cohortId: e.cohortId,
  enrolledAt: e.enrolledAt,
  completedAt: e.completedAt,
  lastLesson: e.lastLesson,
  lastActivityAt: e.lastActivityAt,
});

/** Enrolment and progress: every learner sees and changes only their own. */
@Resolver(() => EnrolmentObject)
export class LearningResolver {
  constructor(
    private readonly enrolments: EnrolmentService,
    private readonly attempts: QuizAttemptService,
  ) {}

  @Allow('signedIn')
  @Mutation(() => EnrolmentObject, {
    description: 'Self-paced enrolment in the current release; repeating it is harmless',
  })
  async enrol(@Me() me: CurrentUser, @Args('input') input: EnrolInput): Promise<EnrolmentObject> {
    return toObject(
      await this.enrolments.enrol(
        me.id,
        input.courseSlug,
        input.locale ?? me.locale,
        input.releaseId,
      ),
    );
  }

  @Allow('signedIn')
  @Query(() => [EnrolmentObject], {
    description: 'The signed-in learner’s courses, most recent activity first',
  })
  async myEnrolments(@Me() me: CurrentUser): Promise<EnrolmentObject[]> {
    return (await this.enrolments.list(me.id)).map(toObject);
  }

  @Allow('signedIn')
  @Query(() => EnrolmentObject, { nullable: true })
  async myEnrolment(
    @Me() me: CurrentUser,
    @Args() args: EnrolmentArgs,
  ): Promise<EnrolmentObject | null> {
    const e = await this.enrolments.byCourse(me.id, args.courseSlug);
    return e ? toObject(e) : null;
  }

  @Allow('signedIn')
  @Mutation(() => EnrolmentObject, {
    description:
      'Remembers the lesson for resuming. FORBIDDEN (reason MODULE_LOCKED) while the learner’s cohort has not opened the module',
  })
  async openLesson(
    @Me() me: CurrentUser,
    @Args('input') input: LessonRefInput,
  ): Promise<EnrolmentObject> {
    return toObject(
      await this.enrolments.touchLesson(
        me.id,
        input.enrolmentId,
        input.module,
        input.lesson,
        false,
      ),
    );
  }

  @Allow('signedIn')
  @Mutation(() => EnrolmentObject, {
    description:
      'FORBIDDEN (reason MODULE_LOCKED) while the learner’s cohort has not opened the module',
  })
  async markLessonDone(
    @Me() me: CurrentUser,
    @Args('input') input: LessonRefInput,
  ): Promise<EnrolmentObject> {
    return toObject(
      await this.enrolments.touchLesson(me.id, input.enrolmentId, input.module, input.lesson, true),
    );
  }

  @Allow('signedIn')
  @Mutation(() => EnrolmentObject, { description: 'Study the course in another language' })
  async setEnrolmentLocale(
    @Me() me: CurrentUser,
    @Args('input') input: SetEnrolmentLocaleInput,
  ): Promise<EnrolmentObject> {
    return toObject(await this.enrolments.setLocale(me.id, input.enrolmentId, input.locale));
  }

  @Allow('signedIn')
  @Query(() => [AttemptSummaryObject], {
    description: 'Latest graded attempts across the learner’s courses',
  })
  async myRecentAttempts(
    @Me() me: CurrentUser,
    @Args('limit', { type: () => Int, defaultValue: 5 }) limit: number,
  ): Promise<AttemptSummaryObject[]> {
    return this.attempts.recent(me.id, Math.min(Math.max(limit, 1), 50));
  }

  @ResolveField(() => CourseProgressObject)
  async progress(@Parent() enrolment: EnrolmentObject): Promise<CourseProgressObject> {
    // The parent came from a query already scoped to the signed-in learner.
    return this.enrolments.progress(enrolment.entity);
  }
}
