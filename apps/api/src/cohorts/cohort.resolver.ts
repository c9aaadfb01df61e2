import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../common/access.js';
import { Me } from '../common/current-user.decorator.js';
import type { CurrentUser } from '../common/graphql-context.js';
import { CohortService } from './cohort.service.js';
import {
  CohortIdArgs,
  CohortPageArgs,
  CoHostInput,
  CreateCohortInput,
  NameVisibilityInput,
  PageArgs,
  RemoveCoHostInput,
  UpdateCohortInput,
} from './dto/cohort.inputs.js';
import {
  CohortObject,
  CohortPageObject,
  CohortParticipantPageObject,
  MyCohortObject,
} from './dto/cohort.objects.js';
import { MyCohortsService } from './my-cohorts.service.js';

/** Cohorts: hosts run their own, participants see theirs, admins see all. */
@Resolver(() => CohortObject)
export class CohortResolver {
  constructor(
    private readonly cohorts: CohortService,
    private readonly mine: MyCohortsService,
  ) {}

  @Allow('host')
  @Mutation(() => CohortObject, { description: 'Creates a cohort hosted by the signed-in host' })
  createCohort(
    @Me() me: CurrentUser,
    @Args('input') input: CreateCohortInput,
  ): Promise<CohortObject> {
    return this.cohorts.create(me, input);
  }

  @Allow('host')
  @Mutation(() => CohortObject)
  updateCohort(
    @Me() me: CurrentUser,
    @Args('input') input: UpdateCohortInput,
  ): Promise<CohortObject> {
    return this.cohorts.update(me, input);
  }

  @Allow('signedIn')
  @Query(() => CohortObject, {
    description: 'For its hosts and participants; NOT_FOUND for everyone else',
  })
  cohort(@Me() me: CurrentUser, @Args() args: CohortIdArgs): Promise<CohortObject> {
    return this.cohorts.get(me, args.cohortId);
  }

  @Allow('host')
  @Query(() => CohortPageObject, {
    description: 'Cohorts the signed-in host runs (admins: all cohorts)',
  })
  hostedCohorts(@Me() me: CurrentUser, @Args() args: PageArgs): Promise<CohortPageObject> {
    return this.cohorts.hosted(me, args.offset, args.limit);
  }

  @Allow('signedIn')
  @Query(() => CohortParticipantPageObject)
  cohortParticipants(
    @Me() me: CurrentUser,
    @Args() args: CohortPageArgs,
  ): Promise<CohortParticipantPageObject> {
    return this.cohorts.participants(me, args.cohortId, args.offset, args.limit);
  }

  @Allow('host')
  @Mutation(() => CohortObject, { description: 'The co-host needs an account with the host role' })
  addCoHost(@Me() me: CurrentUser, @Args('input') input: CoHostInput): Promise<CohortObject> {
    return this.cohorts.addCoHost(me, input.cohortId, input.email);
  }

  @Allow('host')
  @Mutation(() => CohortObject)
  removeCoHost(
    @Me() me: CurrentUser,
    @Args('input') input: RemoveCoHostInput,
  ): Promise<CohortObject> {
    return this.cohorts.removeCoHost(me, input.cohortId, input.userId);
  }

  @Allow('signedIn')
  @Mutation(() => Boolean, { description: 'Whether other participants may see your name' })
  setCohortNameVisibility(
    @Me() me: CurrentUser,
    @Args('input') input: NameVisibilityInput,
  ): Promise<boolean> {
    return this.cohorts.setNameVisibility(me, input.cohortId, input.visible);
  }

  @Allow('signedIn')
  @Query(() => [MyCohortObject], { description: 'The cohorts the signed-in user takes part in' })
  myCohorts(@Me() me: CurrentUser): Promise<MyCohortObject[]> {
    return this.mine.list(me);
  }
}
