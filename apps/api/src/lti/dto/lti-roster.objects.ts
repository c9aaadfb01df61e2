import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum LtiRosterAction {
  JOIN = 'join',
  INVITE = 'invite',
  MEMBER = 'member',
  INVITED = 'invited',
  SKIP = 'skip',
}
registerEnumType(LtiRosterAction, {
  name: 'LtiRosterAction',
  description:
    'JOIN: a linked account joins; INVITE: an invitation is sent; MEMBER/INVITED: already there; SKIP: see the reason',
});

export enum LtiRosterSkipReason {
  NO_EMAIL = 'NO_EMAIL',
  INVALID_EMAIL = 'INVALID_EMAIL',
  DUPLICATE_EMAIL = 'DUPLICATE_EMAIL',
  OTHER_COHORT = 'OTHER_COHORT',
}
registerEnumType(LtiRosterSkipReason, { name: 'LtiRosterSkipReason' });

@ObjectType('LtiCourseRoster', {
  description:
    'A platform course the teacher launched the academy from, whose roster they may import',
})
export class LtiCourseRosterObject {
  @Field(() => ID) id: string;
  @Field() courseTitle: string;
  @Field() platformName: string;
  @Field({ description: 'When the teacher last launched the academy from this course' })
  lastLaunchAt: Date;
}

@ObjectType('LtiRosterEntry')
export class LtiRosterEntryObject {
  @Field() name: string;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => LtiRosterAction) action: LtiRosterAction;
  @Field(() => LtiRosterSkipReason, { nullable: true }) reason: LtiRosterSkipReason | null;
}

@ObjectType('LtiRosterPreview')
export class LtiRosterPreviewObject {
  @Field() courseTitle: string;
  @Field(() => [LtiRosterEntryObject]) entries: LtiRosterEntryObject[];
  @Field(() => Int, { description: 'Members left out: instructors and other roles, inactive' })
  leftOut: number;
  @Field(() => Int) freePlaces: number;
  @Field({ description: 'Whether everyone to join or invite fits in the free places' })
  fits: boolean;
}

@ObjectType('LtiRosterImportResult')
export class LtiRosterImportResultObject {
  @Field(() => Int, { description: 'Linked accounts that joined the cohort' }) joined: number;
  @Field(() => Int, { description: 'Invitations created; people join when they accept' })
  invited: number;
  @Field(() => Int, { description: 'Invitations mailed now (SMTP)' }) invitationsSent: number;
}
