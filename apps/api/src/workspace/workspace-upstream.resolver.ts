import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../common/access.js';
import { Me } from '../common/current-user.decorator.js';
import type { CurrentUser } from '../common/graphql-context.js';
import { ConfirmWorkspaceSegmentInput, NextOutdatedArgs } from './dto/workspace-upstream.inputs.js';
import {
  WorkspaceOutdatedObject,
  WorkspaceOutdatedSegmentObject,
} from './dto/workspace-upstream.objects.js';
import { EditionLocaleArgs } from './dto/workspace.inputs.js';
import { WorkspaceSegmentObject } from './dto/workspace.objects.js';
import { WorkspaceAccess } from './workspace-access.js';
import { WorkspaceUpstream } from './workspace-upstream.js';

/** Upstream updates: what a new core release made outdated, walked segment by segment. */
@Resolver()
export class WorkspaceUpstreamResolver {
  constructor(
    private readonly access: WorkspaceAccess,
    private readonly upstream: WorkspaceUpstream,
  ) {}

  @Allow('editor')
  @Query(() => WorkspaceOutdatedObject, {
    description: 'Segments whose source changed since they were translated, across files',
  })
  async workspaceOutdated(
    @Me() me: CurrentUser,
    @Args() args: EditionLocaleArgs,
  ): Promise<WorkspaceOutdatedObject> {
    await this.access.assert(me, args.edition);
    return this.upstream.outdated(args.edition, args.locale);
  }

  @Allow('editor')
  @Query(() => WorkspaceOutdatedSegmentObject, {
    nullable: true,
    description:
      'The next outdated segment after the given one, across files (wrapping around); null when none is left',
  })
  async workspaceNextOutdated(
    @Me() me: CurrentUser,
    @Args() args: NextOutdatedArgs,
  ): Promise<WorkspaceOutdatedSegmentObject | null> {
    await this.access.assert(me, args.edition);
    const after =
      args.afterSourcePath && args.afterSegmentId
        ? { sourcePath: args.afterSourcePath, segmentId: args.afterSegmentId }
        : null;
    return this.upstream.next(args.edition, args.locale, after);
  }

  @Allow('editor')
  @Mutation(() => WorkspaceSegmentObject, {
    description:
      'Records that a source change upstream does not affect the translation: it stays, now current. CONFLICT (SEGMENT_CHANGED, NOT_OUTDATED)',
  })
  async confirmWorkspaceSegment(
    @Me() me: CurrentUser,
    @Args('input') input: ConfirmWorkspaceSegmentInput,
  ): Promise<WorkspaceSegmentObject> {
    await this.access.assert(me, input.edition);
    return this.upstream.confirm(me, input);
  }
}
