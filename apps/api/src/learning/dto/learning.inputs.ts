import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const LOCALE = /^[a-z]{2,3}(-[A-Z]{2})?$/;

@InputType()
export class EnrolInput {
  @Field() @Matches(SLUG, { message: 'courseSlug must be a course slug' }) courseSlug: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The release the catalogue showed; default: the current one',
  })
  @IsOptional()
  @IsUUID('all', { message: 'releaseId must be a release id' })
  releaseId?: string;
  @Field({ nullable: true, description: 'Default: the user’s preferred language' })
  @IsOptional()
  @Matches(LOCALE, { message: 'locale must look like en, nl or nl-BE' })
  locale?: string;
}

@InputType()
export class LessonRefInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'enrolmentId must be an enrolment id' })
  enrolmentId: string;
  @Field() @Matches(SLUG, { message: 'module must be a slug' }) module: string;
  @Field() @Matches(SLUG, { message: 'lesson must be a slug' }) lesson: string;
}

@InputType()
export class SetEnrolmentLocaleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'enrolmentId must be an enrolment id' })
  enrolmentId: string;
  @Field() @Matches(LOCALE, { message: 'locale must look like en, nl or nl-BE' }) locale: string;
}

@InputType()
export class StartQuizInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'enrolmentId must be an enrolment id' })
  enrolmentId: string;
  @Field({
    nullable: true,
    description: 'The module whose quiz to take; omit for the final assessment',
  })
  @IsOptional()
  @Matches(SLUG, { message: 'module must be a slug' })
  module?: string;
}

@InputType('AnswerInput', {
  description: 'An answer to one drawn question; use the field that fits its type',
})
export class AnswerInput {
  @Field({ description: 'The question key from the attempt' })
  @IsString()
  @MaxLength(200)
  key: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) choice?: string;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  choices?: string[];
  @Field({ nullable: true }) @IsOptional() @IsBoolean() truth?: boolean;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  number?: number;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  order?: string[];
}

@InputType()
export class SaveAnswersInput {
  @Field(() => ID) @IsUUID('all', { message: 'attemptId must be an attempt id' }) attemptId: string;
  @Field(() => [AnswerInput])
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => AnswerInput)
  answers: AnswerInput[];
}

@InputType()
export class SubmitAttemptInput extends SaveAnswersInput {
  @Field({
    description: 'A random key per submission from the client; repeating it repeats the result',
  })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{8,100}$/, {
    message: 'idempotencyKey must be 8–100 letters, digits, - or _',
  })
  idempotencyKey: string;
}

@ArgsType()
export class AttemptArgs {
  @Field(() => ID) @IsUUID('all', { message: 'id must be an attempt id' }) id: string;
}

@ArgsType()
export class EnrolmentArgs {
  @Field() @Matches(SLUG, { message: 'courseSlug must be a course slug' }) courseSlug: string;
}
