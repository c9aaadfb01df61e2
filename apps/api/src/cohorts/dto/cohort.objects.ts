import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum AttendanceStatusValue {
  present = 'present',
  absent = 'absent',
  excused = 'excused',
}
registerEnumType(AttendanceStatusValue, { name: 'AttendanceStatus' });

@ObjectType('ModuleUnlock')
export class ModuleUnlockObject {
  @Field() module: string;
  @Field() unlocksAt: Date;
}

@ObjectType('CohortHost')
export class CohortHostObject {
  @Field(() => ID) userId: string;
  @Field() displayName: string;
  @Field({ description: 'owner | co-host' }) role: string;
}

@ObjectType('Cohort')
export class CohortObject {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() courseSlug: string;
  @Field(() => ID) releaseId: string;
  @Field() locale: string;
  @Field(() => Int) capacity: number;
  @Field(() => Int) participantCount: number;
  @Field(() => Int, { description: 'Pending invitations; they hold places as participants do' })
  invitedCount: number;
  @Field() startsOn: string;
  @Field() endsOn: string;
  @Field() timeZone: string;
  @Field(() => Float, { nullable: true }) minAttendance: number | null;
  @Field(() => [ModuleUnlockObject]) moduleUnlocks: ModuleUnlockObject[];
  @Field(() => [CohortHostObject]) hosts: CohortHostObject[];
  @Field({ description: 'Whether the viewer runs this cohort (host, co-host or admin)' })
  viewerIsHost: boolean;
  @Field(() => String, { nullable: true, description: 'Hosts only' }) joinCode: string | null;
  @Field(() => String, { nullable: true, description: 'Hosts only' }) joinUrl: string | null;
  @Field() joinOpen: boolean;
}

@ObjectType('CohortPage')
export class CohortPageObject {
  @Field(() => [CohortObject]) items: CohortObject[];
  @Field(() => Int) total: number;
  @Field(() => Int) offset: number;
  @Field(() => Int) limit: number;
}

@ObjectType('CohortParticipant')
export class CohortParticipantObject {
  @Field(() => ID) userId: string;
  @Field() displayName: string;
  @Field({
    description:
      'The account was deleted (a tombstone): show a translated "deleted participant", not the stored name',
  })
  deleted: boolean;
  @Field(() => String, { nullable: true, description: 'Hosts only' }) email: string | null;
  @Field(() => String, { nullable: true, description: 'Hosts only' }) organisation: string | null;
  @Field() nameVisible: boolean;
  @Field() joinedAt: Date;
}

@ObjectType('CohortParticipantPage', {
  description: 'Participants see only those who made their names visible',
})
export class CohortParticipantPageObject {
  @Field(() => [CohortParticipantObject]) items: CohortParticipantObject[];
  @Field(() => Int) total: number;
  @Field(() => Int) offset: number;
  @Field(() => Int) limit: number;
}

@ObjectType('CohortSession')
export class CohortSessionObject {
  @Field(() => ID) id: string;
  @Field(() => ID) cohortId: string;
  @Field() title: string;
  @Field() startsAt: Date;
  @Field() endsAt: Date;
  @Field(() => String, { nullable: true }) place: string | null;
  @Field(() => String, { nullable: true }) onlineUrl: string | null;
  @Field(() => [String]) modules: string[];
  @Field(() => String, { nullable: true }) hostNotesModule: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Hosts only: the code participants check in with',
  })
  checkInCode: string | null;
}

@ObjectType('CohortAnnouncement')
export class AnnouncementObject {
  @Field(() => ID) id: string;
  @Field(() => ID) cohortId: string;
  @Field() title: string;
  @Field() body: string;
  @Field(() => String, { nullable: true }) authorName: string | null;
  @Field() createdAt: Date;
}

@ObjectType('CohortAnnouncementPage')
export class AnnouncementPageObject {
  @Field(() => [AnnouncementObject]) items: AnnouncementObject[];
  @Field(() => Int) total: number;
  @Field(() => Int) offset: number;
  @Field(() => Int) limit: number;
}

@ObjectType('MyCohort', {
  description: 'A cohort the signed-in user takes part in, for the learner dashboard',
})
export class MyCohortObject {
  @Field(() => CohortObject) cohort: CohortObject;
  @Field(() => [CohortSessionObject], { description: 'Sessions not yet over, soonest first' })
  upcomingSessions: CohortSessionObject[];
  @Field(() => [AnnouncementObject], { description: 'The latest announcements, newest first' })
  announcements: AnnouncementObject[];
  @Field({ description: 'Subscribe to this URL in a calendar app; keep it private' })
  calendarUrl: string;
  @Field() nameVisible: boolean;
}

@ObjectType('AttendanceEntry')
export class AttendanceEntryObject {
  @Field(() => ID) userId: string;
  @Field(() => AttendanceStatusValue) status: AttendanceStatusValue;
  @Field() selfCheckIn: boolean;
  @Field() markedAt: Date;
}

@ObjectType('CheckInResult')
export class CheckInObject {
  @Field(() => ID) sessionId: string;
  @Field() sessionTitle: string;
  @Field(() => ID) cohortId: string;
  @Field(() => AttendanceStatusValue) status: AttendanceStatusValue;
}

@ObjectType('OutboxMessage')
export class OutboxMessageObject {
  @Field(() => ID) id: string;
  @Field() toEmail: string;
  @Field() subject: string;
  @Field() body: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'Set when SMTP delivered it' })
  sentAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why SMTP delivery failed' }) error:
    | string
    | null;
}

@ObjectType('OutboxPage')
export class OutboxPageObject {
  @Field(() => [OutboxMessageObject]) items: OutboxMessageObject[];
  @Field(() => Int) total: number;
  @Field(() => Int) offset: number;
  @Field(() => Int) limit: number;
}

@ObjectType('ImportProblem')
export class ImportProblemObject {
  @Field(() => Int) line: number;
  @Field() field: string;
  @Field() message: string;
}

@ObjectType('ImportRow')
export class ImportRowObject {
  @Field(() => Int) line: number;
  @Field() email: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) organisation: string | null;
  @Field() language: string;
  @Field(() => [ImportProblemObject]) problems: ImportProblemObject[];
}

@ObjectType('ImportPreview')
export class ImportPreviewObject {
  @Field(() => [ImportRowObject]) rows: ImportRowObject[];
  @Field(() => [ImportProblemObject], {
    description: 'Problems of the file as a whole (header, size, capacity)',
  })
  fileProblems: ImportProblemObject[];
  @Field() valid: boolean;
}

@ObjectType('ImportResult')
export class ImportResultObject {
  @Field(() => Int, {
    description: 'Invitations created, one per row; people join when they accept',
  })
  invited: number;
  @Field(() => Int, {
    description: 'Invitations mailed now (SMTP); without SMTP they wait in the outbox',
  })
  invitationsSent: number;
}
