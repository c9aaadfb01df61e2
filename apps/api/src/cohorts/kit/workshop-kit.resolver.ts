import { Args, Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/access.js';
import { Me } from '../../common/current-user.decorator.js';
import type { CurrentUser } from '../../common/graphql-context.js';
import { CohortIdArgs } from '../dto/cohort.inputs.js';
import { WorkshopKitService } from './workshop-kit.service.js';

@ObjectType('WorkshopKitModule')
export class WorkshopKitModuleObject {
  @Field() slug: string;
  @Field({ description: 'In the cohort’s language' }) title: string;
  @Field({ description: 'GET /cohorts/:id/kit/:module/slides.html exists' }) slides: boolean;
  @Field({ description: 'GET /cohorts/:id/kit/:module/cards.pdf exists' }) cards: boolean;
}

@ObjectType('WorkshopKit')
export class WorkshopKitObject {
  @Field() cohortId: string;
  @Field({ description: 'The cohort’s language: the default for downloads' }) locale: string;
  @Field(() => [String], { description: 'Languages the pinned release offers' }) locales: string[];
  @Field(() => [WorkshopKitModuleObject], {
    description: 'The course’s modules that have a kit, in course order',
  })
  modules: WorkshopKitModuleObject[];
  @Field() evaluationForm: boolean;
  @Field() trainerGuide: boolean;
}

@Resolver(() => WorkshopKitObject)
export class WorkshopKitResolver {
  constructor(private readonly kit: WorkshopKitService) {}

  @Allow('host')
  @Query(() => WorkshopKitObject, {
    description:
      'What the workshop kit of a cohort’s release holds (its hosts only; NOT_FOUND for everyone else)',
  })
  cohortWorkshopKit(@Me() me: CurrentUser, @Args() args: CohortIdArgs): Promise<WorkshopKitObject> {
    return this.kit.index(me, args.cohortId);
  }
}
