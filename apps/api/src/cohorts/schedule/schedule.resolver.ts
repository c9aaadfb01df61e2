import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/access.js';
import { Me } from '../../common/current-user.decorator.js';
import type { CurrentUser } from '../../common/graphql-context.js';
import { AnnouncementsService } from '../messaging/announcements.service.js';
import { AttendanceService } from './attendance.service.js';
import {
  AnnouncementInput,
  CreateSessionInput,
  SetAttendanceInput,
  UpdateSessionInput,
} from '../dto/activity.inputs.js';
import { CodeInput, CohortIdArgs, CohortPageArgs, SessionIdArgs } from '../dto/cohort.inputs.js';
import {
  AnnouncementObject,
  AnnouncementPageObject,
  AttendanceEntryObject,
  CheckInObject,
  CohortSessionObject,
} from '../dto/cohort.objects.js';
import { SessionsService } from './sessions.service.js';

/** Sessions, attendance and announcements of a cohort. */
@Resolver()
export class ScheduleResolver {
  constructor(
    private readonly sessions: SessionsService,
    private readonly attendance: AttendanceService,
    private readonly announcements: AnnouncementsService,
  ) {}

  @Allow('signedIn')
  @Query(() => [CohortSessionObject], { description: 'The schedule, for hosts and participants' })
  cohortSessions(
    @Me() me: CurrentUser,
    @Args() args: CohortIdArgs,
  ): Promise<CohortSessionObject[]> {
    return this.sessions.list(me, args.cohortId);
  }

  @Allow('host')
  @Mutation(() => CohortSessionObject)
  createCohortSession(
    @Me() me: CurrentUser,
    @Args('input') input: CreateSessionInput,
  ): Promise<CohortSessionObject> {
    return this.sessions.create(me, input);
  }

  @Allow('host')
  @Mutation(() => CohortSessionObject)
  updateCohortSession(
    @Me() me: CurrentUser,
    @Args('input') input: UpdateSessionInput,
  ): Promise<CohortSessionObject> {
    return this.sessions.update(me, input);
  }

  @Allow('host')
  @Mutation(() => Boolean)
  deleteCohortSession(@Me() me: CurrentUser, @Args() args: SessionIdArgs): Promise<boolean> {
    return this.sessions.remove(me, args.sessionId);
  }

  @Allow('host')
  @Query(() => [AttendanceEntryObject])
  sessionAttendance(
    @Me() me: CurrentUser,
    @Args() args: SessionIdArgs,
  ): Promise<AttendanceEntryObject[]> {
    return this.attendance.list(me, args.sessionId);
  }

  @Allow('host')
  @Mutation(() => [AttendanceEntryObject], {
    description: 'Marks many participants at once; repeating it overwrites',
  })
  setAttendance(
    @Me() me: CurrentUser,
    @Args('input') input: SetAttendanceInput,
  ): Promise<AttendanceEntryObject[]> {
    return this.attendance.set(me, input.sessionId, input.entries);
  }

  @Allow('signedIn')
  @Mutation(() => CheckInObject, {
    description: 'Self check-in with the code shown in the session',
  })
  checkIn(@Me() me: CurrentUser, @Args('input') input: CodeInput): Promise<CheckInObject> {
    return this.attendance.checkIn(me, input.code);
  }

  @Allow('host')
  @Mutation(() => AnnouncementObject)
  postAnnouncement(
    @Me() me: CurrentUser,
    @Args('input') input: AnnouncementInput,
  ): Promise<AnnouncementObject> {
    return this.announcements.post(me, input.cohortId, input.title, input.body);
  }

  @Allow('signedIn')
  @Query(() => AnnouncementPageObject, { description: 'Newest first' })
  cohortAnnouncements(
    @Me() me: CurrentUser,
    @Args() args: CohortPageArgs,
  ): Promise<AnnouncementPageObject> {
    return this.announcements.list(me, args.cohortId, args.offset, args.limit);
  }
}
