import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsTimeZone,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const LOCALE = /^[a-z]{2,3}(-[A-Z]{2})?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class ModuleUnlockInput {
  @Field() @Matches(SLUG, { message: 'module must be a slug' }) module: string;
  @Field()
  @IsISO8601({ strict: true }, { message: 'unlocksAt must be an ISO 8601 date-time' })
  unlocksAt: string;
}

@InputType({ description: 'A new cohort; omitted settings take the defaults named' })
export class CreateCohortInput {
  @Field() @IsString() @Length(1, 200) name: string;
  @Field() @Matches(SLUG, { message: 'courseSlug must be a course slug' }) courseSlug: string;
  @Field(() => ID, { nullable: true, description: 'Default: the current release of the edition' })
  @IsOptional()
  @IsUUID('all', { message: 'releaseId must be a release id' })
  releaseId?: string;
  @Field({
    nullable: true,
    description: 'Edition id, used when releaseId is omitted; default: the core',
  })
  @IsOptional()
  @Matches(SLUG, { message: 'edition must be an edition id' })
  edition?: string;
  @Field() @Matches(LOCALE, { message: 'locale must look like en, nl or nl-BE' }) locale: string;
  @Field(() => Int, { defaultValue: 40 }) @IsInt() @Min(1) @Max(1000) capacity: number = 40;
  @Field({ description: 'YYYY-MM-DD' })
  @Matches(DATE, { message: 'startsOn must be a date like 2025-09-01' })
  startsOn: string;
  @Field({ description: 'YYYY-MM-DD' })
  @Matches(DATE, { message: 'endsOn must be a date like 2025-09-01' })
  endsOn: string;
  @Field({ description: 'IANA time zone, e.g. Europe/Amsterdam' })
  @IsTimeZone({ message: 'timeZone must be an IANA time zone such as Europe/Amsterdam' })
  timeZone: string;
  @Field(() => [String], { defaultValue: [], description: 'Emails of other hosts' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsEmail({}, { each: true, message: 'coHostEmails must be email addresses' })
  coHostEmails: string[] = [];
  @Field(() => Float, { nullable: true, description: 'Share of sessions to attend, 0–1, e.g. 0.8' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  minAttendance?: number;
  @Field(() => [ModuleUnlockInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ModuleUnlockInput)
  moduleUnlocks: ModuleUnlockInput[] = [];
}

@InputType({ description: 'Changes to a cohort; only the fields given change' })
export class UpdateCohortInput {
  @Field(() => ID) @IsUUID('all', { message: 'cohortId must be a cohort id' }) cohortId: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) name?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(1000) capacity?: number;
  @Field({ nullable: true })
  @IsOptional()
  @Matches(DATE, { message: 'startsOn must be a date like 2025-09-01' })
  startsOn?: string;
  @Field({ nullable: true })
  @IsOptional()
  @Matches(DATE, { message: 'endsOn must be a date like 2025-09-01' })
  endsOn?: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsTimeZone({ message: 'timeZone must be an IANA time zone such as Europe/Amsterdam' })
  timeZone?: string;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  minAttendance?: number;
  @Field({ nullable: true, description: 'true removes the attendance rule' })
  @IsOptional()
  @IsBoolean()
  clearMinAttendance?: boolean;
  @Field(() => [ModuleUnlockInput], { nullable: true, description: 'Replaces all unlock dates' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ModuleUnlockInput)
  moduleUnlocks?: ModuleUnlockInput[];
}

@ArgsType()
export class CohortIdArgs {
  @Field(() => ID) @IsUUID('all', { message: 'cohortId must be a cohort id' }) cohortId: string;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) offset: number = 0;
  @Field(() => Int, { defaultValue: 50 }) @IsInt() @Min(1) @Max(200) limit: number = 50;
}

@ArgsType()
export class CohortPageArgs extends PageArgs {
  @Field(() => ID) @IsUUID('all', { message: 'cohortId must be a cohort id' }) cohortId: string;
}

@InputType()
export class CoHostInput {
  @Field(() => ID) @IsUUID('all', { message: 'cohortId must be a cohort id' }) cohortId: string;
  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email: string;
}

@InputType()
export class NameVisibilityInput {
  @Field(() => ID) @IsUUID('all', { message: 'cohortId must be a cohort id' }) cohortId: string;
  @Field() @IsBoolean() visible: boolean;
}

@InputType()
export class JoinOpenInput {
  @Field(() => ID) @IsUUID('all', { message: 'cohortId must be a cohort id' }) cohortId: string;
  @Field() @IsBoolean() open: boolean;
}

@InputType()
export class ParticipantCsvInput {
  @Field(() => ID) @IsUUID('all', { message: 'cohortId must be a cohort id' }) cohortId: string;
  @Field({ description: 'Header row with email, name, organisation, language; comma or semicolon' })
  @IsString()
  @MaxLength(1_000_000)
  csv: string;
}

@InputType()
export class RemoveCoHostInput {
  @Field(() => ID) @IsUUID('all', { message: 'cohortId must be a cohort id' }) cohortId: string;
  @Field(() => ID) @IsUUID('all', { message: 'userId must be a user id' }) userId: string;
}

@InputType()
export class CodeInput {
  @Field() @IsString() @Length(4, 40) code: string;
}

@ArgsType()
export class SessionIdArgs {
  @Field(() => ID) @IsUUID('all', { message: 'sessionId must be a session id' }) sessionId: string;
}

@ArgsType()
export class DashboardArgs {
  @Field(() => ID) @IsUUID('all', { message: 'cohortId must be a cohort id' }) cohortId: string;
  @Field(() => Int, {
    defaultValue: 7,
    description: 'Participants without activity for this many days count as stuck',
  })
  @IsInt()
  @Min(1)
  @Max(365)
  stuckAfterDays: number = 7;

  @Field(() => String, {
    nullable: true,
    description: 'Language for question and option texts (the host’s interface language)',
  })
  @IsOptional()
  @Matches(LOCALE, { message: 'locale must look like en, nl or nl-BE' })
  locale?: string;
}
