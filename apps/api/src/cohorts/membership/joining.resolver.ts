import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/access.js';
import { Me } from '../../common/current-user.decorator.js';
import type { CurrentUser } from '../../common/graphql-context.js';
import { CohortService } from '../cohort.service.js';
import { CsvImportService } from './csv-import.service.js';
import { AcceptInvitationInput, InvitationTokenArgs } from '../dto/activity.inputs.js';
import {
  CodeInput,
  CohortIdArgs,
  CohortPageArgs,
  JoinOpenInput,
  ParticipantCsvInput,
} from '../dto/cohort.inputs.js';
import {
  CohortObject,
  ImportPreviewObject,
  ImportResultObject,
  OutboxPageObject,
} from '../dto/cohort.objects.js';
import {
  InvitationAcceptanceObject,
  InvitationAcceptanceValue,
  InvitationObject,
  InvitationStateValue,
} from '../messaging/dto/invitation.objects.js';
import { InvitationService } from '../messaging/invitation.service.js';
import { JoiningService } from './joining.service.js';
import { OutboxService } from '../messaging/outbox.service.js';

/** Getting participants in: join codes, CSV import, invitations and the outbox. */
@Resolver()
export class JoiningResolver {
  constructor(
    private readonly joining: JoiningService,
    private readonly cohorts: CohortService,
    private readonly imports: CsvImportService,
    private readonly invitations: InvitationService,
    private readonly outbox: OutboxService,
  ) {}

  @Allow('signedIn')
  @Mutation(() => CohortObject, {
    description: 'Joins with a code or the code from a join link; repeating it is harmless',
  })
  async joinCohort(@Me() me: CurrentUser, @Args('input') input: CodeInput): Promise<CohortObject> {
    return this.cohorts.get(me, await this.joining.join(me, input.code));
  }

  @Allow('host')
  @Mutation(() => CohortObject, {
    description: 'A new join code; the old code and link stop working',
  })
  async rotateJoinCode(@Me() me: CurrentUser, @Args() args: CohortIdArgs): Promise<CohortObject> {
    await this.joining.rotate(me, args.cohortId);
    return this.cohorts.get(me, args.cohortId);
  }

  @Allow('host')
  @Mutation(() => CohortObject, { description: 'Opens or closes joining by code' })
  async setCohortJoinOpen(
    @Me() me: CurrentUser,
    @Args('input') input: JoinOpenInput,
  ): Promise<CohortObject> {
    await this.joining.setOpen(me, input.cohortId, input.open);
    return this.cohorts.get(me, input.cohortId);
  }

  @Allow('host')
  @Query(() => ImportPreviewObject, {
    description: 'Checks a participant CSV without writing anything',
  })
  previewParticipantImport(
    @Me() me: CurrentUser,
    @Args('input') input: ParticipantCsvInput,
  ): Promise<ImportPreviewObject> {
    return this.imports.preview(me, input.cohortId, input.csv);
  }

  @Allow('host')
  @Mutation(() => ImportResultObject, {
    description:
      'All rows or none: refused (BAD_USER_INPUT, extensions.problems) when any row has a problem',
  })
  importParticipants(
    @Me() me: CurrentUser,
    @Args('input') input: ParticipantCsvInput,
  ): Promise<ImportResultObject> {
    return this.imports.import(me, input.cohortId, input.csv);
  }

  @Allow('public')
  @Query(() => InvitationObject, {
    description:
      'Whom an invitation link invites to which cohort, so the visitor can sign in or register with that address',
  })
  async invitation(@Args() args: InvitationTokenArgs): Promise<InvitationObject> {
    const info = await this.invitations.lookup(args.token);
    return { ...info, state: InvitationStateValue[info.state] };
  }

  @Allow('signedIn')
  @Mutation(() => InvitationAcceptanceObject, {
    description:
      'Joins the invitation’s cohort as the signed-in user, whose email must be the invited one (FORBIDDEN, reason INVITATION_FOR_ANOTHER_EMAIL, otherwise)',
  })
  async acceptInvitation(
    @Me() me: CurrentUser,
    @Args('input') input: AcceptInvitationInput,
  ): Promise<InvitationAcceptanceObject> {
    const accepted = await this.invitations.accept(me, input.token, input.confirmation);
    return { status: InvitationAcceptanceValue[accepted.status], cohortId: accepted.cohortId };
  }

  @Allow('host')
  @Query(() => OutboxPageObject, {
    description:
      'Messages the cohort sent or, without SMTP, waits for a host to send; newest first',
  })
  cohortOutbox(@Me() me: CurrentUser, @Args() args: CohortPageArgs): Promise<OutboxPageObject> {
    return this.outbox.page(me, args.cohortId, args.offset, args.limit);
  }
}
