import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../common/access.js';
import { Me } from '../common/current-user.decorator.js';
import type { CurrentUser } from '../common/graphql-context.js';
import { AttemptViewService } from './attempt-view.service.js';
import {
  AttemptArgs,
  SaveAnswersInput,
  StartQuizInput,
  SubmitAttemptInput,
} from './dto/learning.inputs.js';
import { QuizAttemptObject } from './dto/learning.objects.js';
import { EnrolmentService } from './enrolment.service.js';
import type { QuizAttemptEntity } from './quiz-attempt.entity.js';
import { QuizAttemptService } from './quiz-attempt.service.js';

/** Quiz attempts: drawn and graded on the server; answer keys leave it only after submission. */
@Resolver(() => QuizAttemptObject)
export class QuizResolver {
  constructor(
    private readonly attempts: QuizAttemptService,
    private readonly enrolments: EnrolmentService,
    private readonly views: AttemptViewService,
  ) {}

  private async view(userId: string, attempt: QuizAttemptEntity) {
    return this.views.view(attempt, await this.enrolments.owned(userId, attempt.enrolmentId));
  }

  @Allow('signedIn')
  @Mutation(() => QuizAttemptObject, {
    description:
      'Starts an attempt, or returns the one in progress. FORBIDDEN (reason MODULE_LOCKED) while a module it draws from is locked for the learner’s cohort',
  })
  async startQuizAttempt(
    @Me() me: CurrentUser,
    @Args('input') input: StartQuizInput,
  ): Promise<QuizAttemptObject> {
    // The enrolment the start read is the one the view needs: not read a second time.
    const { attempt, enrolment } = await this.attempts.start(
      me.id,
      input.enrolmentId,
      input.module,
    );
    return this.views.view(attempt, enrolment);
  }

  @Allow('signedIn')
  @Query(() => QuizAttemptObject)
  async quizAttempt(@Me() me: CurrentUser, @Args() args: AttemptArgs): Promise<QuizAttemptObject> {
    return this.view(me.id, await this.attempts.owned(me.id, args.id));
  }

  @Allow('signedIn')
  @Mutation(() => QuizAttemptObject, { description: 'Autosaves answers (drafts)' })
  async saveQuizAnswers(
    @Me() me: CurrentUser,
    @Args('input') input: SaveAnswersInput,
  ): Promise<QuizAttemptObject> {
    return this.view(me.id, await this.attempts.saveDrafts(me.id, input.attemptId, input.answers));
  }

  @Allow('signedIn')
  @Mutation(() => QuizAttemptObject, {
    description: 'Grades the attempt once; repeating returns the same result',
  })
  async submitQuizAttempt(
    @Me() me: CurrentUser,
    @Args('input') input: SubmitAttemptInput,
  ): Promise<QuizAttemptObject> {
    return this.view(
      me.id,
      await this.attempts.submit(me.id, input.attemptId, input.answers, input.idempotencyKey),
    );
  }
}
