import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/access.js';
import { Me } from '../../common/current-user.decorator.js';
import type { CurrentUser } from '../../common/graphql-context.js';
import { DashboardService } from './dashboard.service.js';
import { DashboardArgs } from '../dto/cohort.inputs.js';
import { CohortDashboardObject } from './dto/dashboard.objects.js';

@Resolver()
export class DashboardResolver {
  constructor(private readonly dashboards: DashboardService) {}

  @Allow('host')
  @Query(() => CohortDashboardObject, {
    description:
      'Progress, stuck participants, quiz statistics and attendance; hosts of the cohort only',
  })
  cohortDashboard(
    @Me() me: CurrentUser,
    @Args() args: DashboardArgs,
  ): Promise<CohortDashboardObject> {
    return this.dashboards.dashboard(me, args.cohortId, args.stuckAfterDays, args.locale);
  }
}
