import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../common/access.js';
import { Me } from '../common/current-user.decorator.js';
import type { CurrentUser } from '../common/graphql-context.js';
import {
  AddWorkspaceCommentInput,
  CheckWorkspaceSegmentInput,
  EditionLocaleArgs,
  EditionScopeInput,
  ReviewWorkspaceSegmentInput,
  SaveWorkspaceSegmentInput,
  WorkspaceFileArgs,
} from './dto/workspace.inputs.js';
import {
  SegmentProblemObject,
  WorkspaceEditionObject,
  WorkspaceExportObject,
  WorkspaceFileObject,
  WorkspaceOverviewObject,
  WorkspaceSegmentObject,
} from './dto/workspace.objects.js';
import { WorkspaceAccess } from './workspace-access.js';
import { WorkspaceEdits } from './workspace-edits.service.js';
import { WorkspaceExport } from './workspace-export.js';
import { WorkspaceService } from './workspace.service.js';

/** The translation workspace: editors translate and review their editions' segments in the browser. */
@Resolver()
export class WorkspaceResolver {
  constructor(
    private readonly access: WorkspaceAccess,
    private readonly workspace: WorkspaceService,
    private readonly edits: WorkspaceEdits,
    private readonly exporter: WorkspaceExport,
  ) {}

  @Allow('editor')
  @Query(() => [WorkspaceEditionObject], {
    description: 'Editions the signed-in editor may translate (admins: all)',
  })
  async workspaceEditions(@Me() me: CurrentUser): Promise<WorkspaceEditionObject[]> {
    return (await this.access.editionsOf(me)).map((id) => this.workspace.edition(id));
  }

  @Allow('editor')
  @Query(() => WorkspaceOverviewObject, {
    description:
      'Files of an edition in one locale: complete, outdated, missing, unreviewed, words',
  })
  async workspaceOverview(
    @Me() me: CurrentUser,
    @Args() args: EditionLocaleArgs,
  ): Promise<WorkspaceOverviewObject> {
    await this.access.assert(me, args.edition);
    return this.workspace.overview(args.edition, args.locale);
  }

  @Allow('editor')
  @Query(() => WorkspaceFileObject, {
    description: 'One file’s segments, as the XLIFF export cuts them, for the side-by-side editor',
  })
  async workspaceFile(
    @Me() me: CurrentUser,
    @Args() args: WorkspaceFileArgs,
  ): Promise<WorkspaceFileObject> {
    await this.access.assert(me, args.edition);
    return this.workspace.file(me, args.edition, args.locale, args.sourcePath);
  }

  @Allow('editor')
  @Query(() => [SegmentProblemObject], {
    description: 'The validator’s findings on a target being typed (nothing is saved)',
  })
  async checkWorkspaceSegment(
    @Me() me: CurrentUser,
    @Args('input') input: CheckWorkspaceSegmentInput,
  ): Promise<SegmentProblemObject[]> {
    await this.access.assert(me, input.edition);
    const { file, seg } = this.workspace.segment(input);
    return this.workspace.problems(input.edition, file, seg, input.target);
  }

  @Allow('editor')
  @Query(() => WorkspaceExportObject, {
    description:
      'The edition’s translation files built from the workspace, as a zip to commit upstream or share',
  })
  async workspaceExport(
    @Me() me: CurrentUser,
    @Args() args: EditionLocaleArgs,
  ): Promise<WorkspaceExportObject> {
    await this.access.assert(me, args.edition);
    return this.exporter.export(args.edition, args.locale);
  }

  @Allow('editor')
  @Mutation(() => WorkspaceSegmentObject, {
    description:
      'Saves a translation; CONFLICT (reason SEGMENT_CHANGED, with currentTarget) when expectedVersion is not current',
  })
  async saveWorkspaceSegment(
    @Me() me: CurrentUser,
    @Args('input') input: SaveWorkspaceSegmentInput,
  ): Promise<WorkspaceSegmentObject> {
    await this.access.assert(me, input.edition);
    return this.edits.save(me, input);
  }

  @Allow('editor')
  @Mutation(() => WorkspaceSegmentObject, {
    description: 'Marks another editor’s current translation as reviewed (four eyes)',
  })
  async reviewWorkspaceSegment(
    @Me() me: CurrentUser,
    @Args('input') input: ReviewWorkspaceSegmentInput,
  ): Promise<WorkspaceSegmentObject> {
    await this.access.assert(me, input.edition);
    return this.edits.review(me, input);
  }

  @Allow('editor')
  @Mutation(() => WorkspaceSegmentObject, { description: 'Adds a comment to a segment' })
  async addWorkspaceComment(
    @Me() me: CurrentUser,
    @Args('input') input: AddWorkspaceCommentInput,
  ): Promise<WorkspaceSegmentObject> {
    await this.access.assert(me, input.edition);
    return this.edits.comment(me, input);
  }

  @Allow('admin')
  @Mutation(() => Boolean, { description: 'Lets an editor translate and review an edition' })
  async grantEditionScope(
    @Me() me: CurrentUser,
    @Args('input') input: EditionScopeInput,
  ): Promise<boolean> {
    await this.access.grant(me, input.userId, input.edition);
    return true;
  }

  @Allow('admin')
  @Mutation(() => Boolean, {
    description: 'Withdraws an editor’s edition; false when they did not have it',
  })
  revokeEditionScope(@Args('input') input: EditionScopeInput): Promise<boolean> {
    return this.access.revoke(input.userId, input.edition);
  }
}
