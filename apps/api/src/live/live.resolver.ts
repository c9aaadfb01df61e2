import { Args, Context, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Allow } from '../common/access.js';
import { Me } from '../common/current-user.decorator.js';
import type { CurrentUser, GraphqlContext } from '../common/graphql-context.js';
import { unauthenticated } from '../common/errors.js';
import {
  AnswerLiveActivityInput,
  JoinLiveSessionInput,
  LaunchLiveActivityInput,
  LiveActivityIdInput,
  LiveSessionIdInput,
  ShowLiveSlideInput,
  SplitLiveTablesInput,
  StartLiveSessionInput,
} from './dto/live.inputs.js';
import {
  LiveEventObject,
  LiveLccExerciseChoiceObject,
  LiveQuizQuestionObject,
  LiveRecapObject,
  LiveSessionObject,
  LiveSlideObject,
} from './dto/live.objects.js';
import { LiveAccess } from './live-access.js';
import { LiveEvents, type LiveEvent } from './live-events.js';
import { LiveHostService } from './live-host.service.js';
import { LiveParticipantService } from './live-participant.service.js';
import { LiveRecapReadModel } from './live-recap.read-model.js';
import { LiveStateReadModel } from './live-state.read-model.js';
import { LiveTablesService } from './live-tables.service.js';
import type { LiveSessionEntity } from './live.entities.js';

/** Live workshops: every mutation answers with the live state as the caller may see it. */
@Resolver()
export class LiveResolver {
  constructor(
    private readonly host: LiveHostService,
    private readonly participants: LiveParticipantService,
    private readonly access: LiveAccess,
    private readonly state: LiveStateReadModel,
    private readonly events: LiveEvents,
    private readonly recaps: LiveRecapReadModel,
    private readonly tables: LiveTablesService,
  ) {}

  /** Host mutations have checked the host already; the state is shaped for the host. */
  private asHost(me: CurrentUser, session: LiveSessionEntity): Promise<LiveSessionObject> {
    return this.state.state(me, { session, role: 'host' });
  }

  @Allow('signedIn')
  @Query(() => LiveSessionObject, {
    description:
      'The live state, for its hosts and joined participants; poll it without WebSockets',
  })
  async liveSession(
    @Me() me: CurrentUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<LiveSessionObject> {
    return this.state.state(me, await this.access.viewer(me, id));
  }

  @Allow('signedIn')
  @Query(() => LiveRecapObject, {
    description: 'Every activity with results and the viewer’s answers; participants once ended',
  })
  async liveRecap(
    @Me() me: CurrentUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<LiveRecapObject> {
    return this.recaps.recap(me, await this.access.viewer(me, id));
  }

  @Allow('host')
  @Query(() => [LiveRecapObject], {
    description: 'The cohort’s live sessions, newest first, with results per activity',
  })
  cohortLiveSessions(
    @Me() me: CurrentUser,
    @Args('cohortId', { type: () => ID }) cohortId: string,
  ): Promise<LiveRecapObject[]> {
    return this.recaps.ofCohort(me, cohortId);
  }

  @Allow('host')
  @Mutation(() => LiveSessionObject, { description: 'Seats everyone who joined at tables' })
  async splitLiveTables(
    @Me() me: CurrentUser,
    @Args('input') input: SplitLiveTablesInput,
  ): Promise<LiveSessionObject> {
    return this.asHost(
      me,
      await this.tables.split(me, input.liveSessionId, input.mode, input.tables ?? 4),
    );
  }

  @Allow('host')
  @Query(() => [LiveLccExerciseChoiceObject], {
    description: 'The LCC exercises of the cohort’s curriculum release, to launch live',
  })
  liveLccExercises(
    @Me() me: CurrentUser,
    @Args('liveSessionId', { type: () => ID }) liveSessionId: string,
  ): Promise<LiveLccExerciseChoiceObject[]> {
    return this.host.lccExercises(me, liveSessionId);
  }

  @Allow('host')
  @Query(() => [LiveSlideObject], {
    description: 'The projector’s slides: the workshop kit’s, else the lesson headings',
  })
  liveSlides(
    @Me() me: CurrentUser,
    @Args('liveSessionId', { type: () => ID }) liveSessionId: string,
  ): Promise<LiveSlideObject[]> {
    return this.host.slideDeck(me, liveSessionId);
  }

  @Allow('host')
  @Mutation(() => LiveSessionObject, { description: 'Moves the projector to a slide' })
  async showLiveSlide(
    @Me() me: CurrentUser,
    @Args('input') input: ShowLiveSlideInput,
  ): Promise<LiveSessionObject> {
    return this.asHost(me, await this.host.showSlide(me, input.liveSessionId, input.index));
  }

  @Allow('host')
  @Query(() => [LiveQuizQuestionObject])
  liveQuizQuestions(
    @Me() me: CurrentUser,
    @Args('liveSessionId', { type: () => ID }) liveSessionId: string,
  ): Promise<LiveQuizQuestionObject[]> {
    return this.host.quizQuestions(me, liveSessionId);
  }

  @Allow('host')
  @Mutation(() => LiveSessionObject, {
    description: 'Starts, or returns the running, live session',
  })
  async startLiveSession(
    @Me() me: CurrentUser,
    @Args('input') input: StartLiveSessionInput,
  ): Promise<LiveSessionObject> {
    return this.asHost(me, await this.host.start(me, input.cohortSessionId));
  }

  @Allow('host')
  @Mutation(() => LiveSessionObject)
  async launchLiveActivity(
    @Me() me: CurrentUser,
    @Args('input') input: LaunchLiveActivityInput,
  ): Promise<LiveSessionObject> {
    return this.asHost(me, await this.host.launch(me, input));
  }

  @Allow('host')
  @Mutation(() => LiveSessionObject)
  async lockLiveActivity(
    @Me() me: CurrentUser,
    @Args('input') input: LiveActivityIdInput,
  ): Promise<LiveSessionObject> {
    return this.asHost(me, await this.host.lock(me, input.activityId));
  }

  @Allow('host')
  @Mutation(() => LiveSessionObject)
  async revealLiveActivity(
    @Me() me: CurrentUser,
    @Args('input') input: LiveActivityIdInput,
  ): Promise<LiveSessionObject> {
    return this.asHost(me, await this.host.reveal(me, input.activityId));
  }

  @Allow('host')
  @Mutation(() => LiveSessionObject)
  async endLiveSession(
    @Me() me: CurrentUser,
    @Args('input') input: LiveSessionIdInput,
  ): Promise<LiveSessionObject> {
    return this.asHost(me, await this.host.end(me, input.liveSessionId));
  }

  @Allow('signedIn')
  @Mutation(() => LiveSessionObject, { description: 'Joins with the code; records attendance' })
  async joinLiveSession(
    @Me() me: CurrentUser,
    @Args('input') input: JoinLiveSessionInput,
  ): Promise<LiveSessionObject> {
    return this.state.state(me, await this.participants.join(me, input.code));
  }

  @Allow('signedIn')
  @Mutation(() => LiveSessionObject)
  async answerLiveActivity(
    @Me() me: CurrentUser,
    @Args('input') input: AnswerLiveActivityInput,
  ): Promise<LiveSessionObject> {
    return this.state.state(me, await this.participants.answer(me, input));
  }

  @Allow('signedIn')
  @Subscription(() => LiveEventObject, {
    description:
      'Hints that the live state changed (graphql-ws); participants get no per-answer events',
    // Phones need neither per-answer nor slide events: only the projector shows those.
    filter: (event: LiveEvent, _args: unknown, context: GraphqlContext & { liveRole?: string }) =>
      (event.kind !== 'answers' && event.kind !== 'slide') || context.liveRole === 'host',
    resolve: (event: LiveEvent) => event,
  })
  async liveSessionEvents(
    @Args('liveSessionId', { type: () => ID }) liveSessionId: string,
    @Context() context: GraphqlContext & { liveRole?: string },
  ): Promise<AsyncIterableIterator<LiveEvent>> {
    if (!context.user) throw unauthenticated();
    const { role } = await this.access.viewer(context.user, liveSessionId);
    context.liveRole = role;
    return this.events.subscribe(liveSessionId);
  }
}
