import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { Allow } from '../common/access.js';
import { Me } from '../common/current-user.decorator.js';
import type { CurrentUser } from '../common/graphql-context.js';
import {
  type LtiRosterAction,
  LtiCourseRosterObject,
  LtiRosterImportResultObject,
  LtiRosterPreviewObject,
  type LtiRosterSkipReason,
} from './dto/lti-roster.objects.js';
import { LtiRosterService } from './lti-roster.service.js';

@ArgsType()
class LtiRosterArgs {
  @Field(() => ID) @IsUUID() cohortId: string;
  @Field(() => ID, { description: 'An id from ltiCourseRosters' }) @IsUUID() rosterId: string;
}

/** Names and Role Provisioning: hosts pre-fill a cohort from a platform course's roster. */
@Resolver()
export class LtiRosterResolver {
  constructor(private readonly rosters: LtiRosterService) {}

  @Allow('host')
  @Query(() => [LtiCourseRosterObject], {
    description: 'Platform courses the signed-in teacher launched the academy from (NRPS)',
  })
  async ltiCourseRosters(@Me() me: CurrentUser): Promise<LtiCourseRosterObject[]> {
    const rows = await this.rosters.list(me);
    return rows.map((r) => ({
      id: r.id,
      courseTitle: r.contextTitle,
      platformName: r.platform!.name,
      lastLaunchAt: r.updatedAt,
    }));
  }

  @Allow('host')
  @Query(() => LtiRosterPreviewObject, {
    description: 'What importing the course roster into the cohort would do; changes nothing',
  })
  async ltiRosterPreview(
    @Me() me: CurrentUser,
    @Args() { cohortId, rosterId }: LtiRosterArgs,
  ): Promise<LtiRosterPreviewObject> {
    const { roster, plan, leftOut } = await this.rosters.preview(me, cohortId, rosterId);
    return {
      courseTitle: roster.contextTitle,
      leftOut,
      freePlaces: plan.freePlaces,
      fits: plan.fits,
      entries: plan.entries.map((e) => ({
        name: e.name,
        email: e.email,
        action: e.action as LtiRosterAction,
        reason: e.reason as LtiRosterSkipReason | null,
      })),
    };
  }

  @Allow('host')
  @Mutation(() => LtiRosterImportResultObject)
  async importLtiRoster(
    @Me() me: CurrentUser,
    @Args() { cohortId, rosterId }: LtiRosterArgs,
  ): Promise<LtiRosterImportResultObject> {
    return this.rosters.import(me, cohortId, rosterId);
  }
}
