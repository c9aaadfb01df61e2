import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../common/access.js';
import { Me } from '../common/current-user.decorator.js';
import type { CurrentUser } from '../common/graphql-context.js';
import {
  AdaptationFileInput,
  AdaptationLccObject,
  AdaptationProblemObject,
  CheckAdaptationInput,
  HideLessonInput,
  RemoveAdaptationInput,
  SaveAdaptationInput,
  SetLccDefaultsInput,
  WorkspaceAdaptationFileObject,
  WorkspaceAdaptationOverviewObject,
} from './dto/workspace-adaptation.dto.js';
import { EditionArgs } from './dto/workspace.inputs.js';
import { WorkspaceAccess } from './workspace-access.js';
import { WorkspaceAdaptations } from './workspace-adaptation.service.js';

/** Local adaptation of an edition (editors of the edition; admins all). */
@Resolver()
export class WorkspaceAdaptationResolver {
  constructor(
    private readonly access: WorkspaceAccess,
    private readonly adaptations: WorkspaceAdaptations,
  ) {}

  @Allow('editor')
  @Query(() => WorkspaceAdaptationOverviewObject, {
    description: 'Lessons, practices, LCC defaults and the files adapted in the browser',
  })
  async workspaceAdaptation(
    @Me() me: CurrentUser,
    @Args() args: EditionArgs,
  ): Promise<WorkspaceAdaptationOverviewObject> {
    await this.access.assert(me, args.edition);
    return this.adaptations.overview(args.edition);
  }

  @Allow('editor')
  @Query(() => WorkspaceAdaptationFileObject, {
    description: 'A lesson or practice file as the edition has it (a new practice: empty)',
  })
  async workspaceAdaptationFile(
    @Me() me: CurrentUser,
    @Args('input') input: AdaptationFileInput,
  ): Promise<WorkspaceAdaptationFileObject> {
    await this.access.assert(me, input.edition);
    return this.adaptations.file(input.edition, input.path);
  }

  @Allow('editor')
  @Query(() => [AdaptationProblemObject], {
    description: 'The CLI validator’s messages about an adapted file as typed',
  })
  async checkWorkspaceAdaptation(
    @Me() me: CurrentUser,
    @Args('input') input: CheckAdaptationInput,
  ): Promise<AdaptationProblemObject[]> {
    await this.access.assert(me, input.edition);
    return this.adaptations.check(input.edition, input.path, input.text);
  }

  @Allow('editor')
  @Mutation(() => WorkspaceAdaptationFileObject, {
    description:
      'Saves the edition’s own lesson or practice text, or a new local practice; BAD_USER_INPUT (reason ADAPTATION_INVALID, problems) when it does not validate; CONFLICT (reason ADAPTATION_CHANGED) when someone saved in between',
  })
  async saveWorkspaceAdaptation(
    @Me() me: CurrentUser,
    @Args('input') input: SaveAdaptationInput,
  ): Promise<WorkspaceAdaptationFileObject> {
    await this.access.assert(me, input.edition);
    return this.adaptations.save(me, input);
  }

  @Allow('editor')
  @Mutation(() => WorkspaceAdaptationFileObject, {
    description:
      'Removes an adaptation; answers with its text so that it can be saved again (undo)',
  })
  async removeWorkspaceAdaptation(
    @Me() me: CurrentUser,
    @Args('input') input: RemoveAdaptationInput,
  ): Promise<WorkspaceAdaptationFileObject> {
    await this.access.assert(me, input.edition);
    return this.adaptations.remove(input.edition, input.path, input.expectedVersion);
  }

  @Allow('editor')
  @Mutation(() => AdaptationLccObject, {
    description:
      'Sets the edition’s LCC defaults; BAD_USER_INPUT (reason DISCOUNT_RATE_SOURCE_REQUIRED) for a rate without its source',
  })
  async setWorkspaceLccDefaults(
    @Me() me: CurrentUser,
    @Args('input') input: SetLccDefaultsInput,
  ): Promise<AdaptationLccObject> {
    await this.access.assert(me, input.edition);
    return this.adaptations.setLcc(me, input);
  }

  @Allow('editor')
  @Mutation(() => WorkspaceAdaptationOverviewObject, {
    description:
      'Hides a lesson for the edition or shows it again; BAD_USER_INPUT (reason LESSON_QUIZ_DRAWN, questions) while its quiz questions would still be drawn',
  })
  async hideWorkspaceLesson(
    @Me() me: CurrentUser,
    @Args('input') input: HideLessonInput,
  ): Promise<WorkspaceAdaptationOverviewObject> {
    await this.access.assert(me, input.edition);
    return this.adaptations.hide(me, input);
  }
}
