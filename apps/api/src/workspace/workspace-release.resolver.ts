import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../common/access.js';
import { Me } from '../common/current-user.decorator.js';
import type { CurrentUser } from '../common/graphql-context.js';
import {
  WorkspaceLessonPreviewObject,
  WorkspacePublishCheckObject,
  WorkspacePublishObject,
  WorkspaceXliffObject,
} from './dto/workspace-release.objects.js';
import {
  EditionArgs,
  EditionLocaleArgs,
  LessonPreviewArgs,
  PublishEditionInput,
} from './dto/workspace.inputs.js';
import { WorkspaceAccess } from './workspace-access.js';
import { WorkspaceExport } from './workspace-export.js';
import { WorkspacePreview } from './workspace-preview.js';
import { WorkspaceRelease } from './workspace-release.js';

/** From the workspace to learners: check, publish, preview, XLIFF (editors of the edition). */
@Resolver()
export class WorkspaceReleaseResolver {
  constructor(
    private readonly access: WorkspaceAccess,
    private readonly release: WorkspaceRelease,
    private readonly preview: WorkspacePreview,
    private readonly exporter: WorkspaceExport,
  ) {}

  @Allow('editor')
  @Query(() => WorkspacePublishCheckObject, {
    description:
      'Validates the edition with the workspace’s text and says what publishing would do',
  })
  async workspacePublishCheck(
    @Me() me: CurrentUser,
    @Args() args: EditionArgs,
  ): Promise<WorkspacePublishCheckObject> {
    await this.access.assert(me, args.edition);
    const check = await this.release.check(args.edition);
    return { edition: args.edition, ...check };
  }

  @Allow('editor')
  @Mutation(() => WorkspacePublishObject, {
    description:
      'Publishes the edition as a new immutable release through the CLI’s release machinery; BAD_USER_INPUT (reason EDITION_INVALID, problems with file and line) when it does not validate',
  })
  async publishWorkspaceEdition(
    @Me() me: CurrentUser,
    @Args('input') input: PublishEditionInput,
  ): Promise<WorkspacePublishObject> {
    await this.access.assert(me, input.edition);
    return this.release.publish(input.edition);
  }

  @Allow('editor')
  @Query(() => WorkspaceXliffObject, {
    description: 'The edition in one locale as XLIFF 2.0, the workspace’s complete files included',
  })
  async workspaceXliff(
    @Me() me: CurrentUser,
    @Args() args: EditionLocaleArgs,
  ): Promise<WorkspaceXliffObject> {
    await this.access.assert(me, args.edition);
    return this.exporter.xliff(args.edition, args.locale);
  }

  @Allow('editor')
  @Query(() => WorkspaceLessonPreviewObject, {
    description:
      'A lesson as the edition’s learners would see it with the workspace’s unpublished text',
  })
  async workspaceLessonPreview(
    @Me() me: CurrentUser,
    @Args() args: LessonPreviewArgs,
  ): Promise<WorkspaceLessonPreviewObject> {
    await this.access.assert(me, args.edition);
    return this.preview.lesson(args.edition, args.locale, args.module, args.lesson);
  }
}
