import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { SLUG } from './cohort.inputs.js';
import { AttendanceStatusValue } from './cohort.objects.js';

@InputType()
export class SessionFieldsInput {
  @Field() @IsString() @Length(1, 200) title: string;
  @Field()
  @IsISO8601({ strict: true }, { message: 'startsAt must be an ISO 8601 date-time' })
  startsAt: string;
  @Field()
  @IsISO8601({ strict: true }, { message: 'endsAt must be an ISO 8601 date-time' })
  endsAt: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(300) place?: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'onlineUrl must be an http(s) URL' },
  )
  @MaxLength(2000)
  onlineUrl?: string;
  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(SLUG, { each: true, message: 'modules must be module slugs' })
  modules: string[] = [];
  @Field({ nullable: true, description: 'Module whose host notes guide the session' })
  @IsOptional()
  @Matches(SLUG, { message: 'hostNotesModule must be a module slug' })
  hostNotesModule?: string;
}

@InputType()
export class CreateSessionInput extends SessionFieldsInput {
  @Field(() => ID) @IsUUID('all', { message: 'cohortId must be a cohort id' }) cohortId: string;
}

@InputType()
export class UpdateSessionInput extends SessionFieldsInput {
  @Field(() => ID) @IsUUID('all', { message: 'sessionId must be a session id' }) sessionId: string;
}

@InputType()
export class AttendanceEntryInput {
  @Field(() => ID) @IsUUID('all', { message: 'userId must be a user id' }) userId: string;
  @Field(() => AttendanceStatusValue) @IsEnum(AttendanceStatusValue) status: AttendanceStatusValue;
}

@InputType()
export class SetAttendanceInput {
  @Field(() => ID) @IsUUID('all', { message: 'sessionId must be a session id' }) sessionId: string;
  @Field(() => [AttendanceEntryInput])
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryInput)
  entries: AttendanceEntryInput[];
}

@InputType()
export class AnnouncementInput {
  @Field(() => ID) @IsUUID('all', { message: 'cohortId must be a cohort id' }) cohortId: string;
  @Field() @IsString() @Length(1, 200) title: string;
  @Field() @IsString() @Length(1, 10_000) body: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field() @IsString() @Length(20, 200) token: string;
  @Field({
    nullable: true,
    description: 'The secret of the confirmation link mailed to a newly registered invitee',
  })
  @IsOptional()
  @IsString()
  @Length(20, 200)
  confirmation?: string;
}

@ArgsType()
export class InvitationTokenArgs {
  @Field() @IsString() @Length(20, 200) token: string;
}
