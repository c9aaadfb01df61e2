import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsEnum,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { LiveActivityKindValue, LiveTableModeValue } from './live.objects.js';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** The longest word-cloud answer: a word or a short phrase, readable on a projector. */
export const MAX_WORDS_LENGTH = 40;

@InputType()
export class StartLiveSessionInput {
  @Field(() => ID) @IsUUID() cohortSessionId: string;
}

@InputType()
export class JoinLiveSessionInput {
  @Field({ description: 'The short code on the projector' })
  @IsString()
  @Length(1, 20)
  code: string;
}

@InputType()
export class LiveSessionIdInput {
  @Field(() => ID) @IsUUID() liveSessionId: string;
}

@InputType({ description: 'The slide the projector shows (0-based)' })
export class ShowLiveSlideInput {
  @Field(() => ID) @IsUUID() liveSessionId: string;
  @Field(() => Int) @IsInt() @Min(0) @Max(999) index: number;
}

@InputType()
export class LiveActivityIdInput {
  @Field(() => ID) @IsUUID() activityId: string;
}

@InputType({
  description: 'An activity the host launches; which fields are needed depends on kind',
})
export class LaunchLiveActivityInput {
  @Field(() => ID) @IsUUID() liveSessionId: string;
  @Field(() => LiveActivityKindValue) @IsEnum(LiveActivityKindValue) kind: LiveActivityKindValue;
  @Field({
    nullable: true,
    description: 'Poll, estimate and words; quiz questions bring their own',
  })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  prompt?: string;
  @Field(() => [String], { nullable: true, description: 'Poll and ranking: 2 to 8 options' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(8)
  @IsString({ each: true })
  @Length(1, 120, { each: true })
  options?: string[];
  @Field({ nullable: true, description: 'Quiz only: the module of the question' })
  @IsOptional()
  @Matches(SLUG)
  quizModule?: string;
  @Field({ nullable: true, description: 'Quiz only: the question id in the module quiz bank' })
  @IsOptional()
  @Matches(SLUG)
  quizQuestion?: string;
  @Field({ nullable: true, description: 'LCC only: the curriculum exercise (always by table)' })
  @IsOptional()
  @Matches(SLUG)
  lccExercise?: string;
  @Field({ nullable: true, description: 'A group activity: one answer per table' })
  @IsOptional()
  @IsBoolean()
  byTable?: boolean;
}

@InputType({ description: 'Seats everyone who joined at tables, replacing an earlier split' })
export class SplitLiveTablesInput {
  @Field(() => ID) @IsUUID() liveSessionId: string;
  @Field(() => LiveTableModeValue) @IsEnum(LiveTableModeValue) mode: LiveTableModeValue;
  @Field(() => Int, { nullable: true, description: 'Random only: how many tables (2 to 12)' })
  @IsOptional()
  @IsInt()
  @Min(2)
  @Max(12)
  tables?: number;
}

/** The largest amount a table may enter: the calculator's limit. */
const MAX_OFFER_AMOUNT = 1e12;

@InputType('LiveLccOfferInput', {
  description: 'A table’s offer in an LCC exercise, in the exercise’s currency',
})
export class LiveLccOfferInput {
  @Field(() => Float, { description: 'Purchase and installation, paid at the start' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(MAX_OFFER_AMOUNT)
  purchase: number;
  @Field(() => Float, { description: 'All yearly costs together, every year of the period' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(MAX_OFFER_AMOUNT)
  yearlyCost: number;
  @Field(() => Float, { description: 'Money back at the end of the period (buy-back, resale)' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(MAX_OFFER_AMOUNT)
  endOfLifeValue: number;
}

@InputType({
  description:
    'A participant’s answer: choice (poll, quiz), number (estimate), text (words) or order (ranking)',
})
export class AnswerLiveActivityInput {
  @Field(() => ID) @IsUUID() activityId: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 40) choice?: string;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-1e12)
  @Max(1e12)
  number?: number;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, MAX_WORDS_LENGTH)
  text?: string;
  @Field(() => [String], {
    nullable: true,
    description: 'Multiple-answer quiz questions: the chosen option ids',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(8)
  @IsString({ each: true })
  @Length(1, 40, { each: true })
  choices?: string[];
  @Field(() => [String], { nullable: true, description: 'Ranking: every option id, best first' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(8)
  @IsString({ each: true })
  @Length(1, 40, { each: true })
  order?: string[];
  @Field(() => LiveLccOfferInput, {
    nullable: true,
    description: 'LCC exercise: the table’s offer',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => LiveLccOfferInput)
  offer?: LiveLccOfferInput;
}
