import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const EDITION_MESSAGE = 'edition must be an edition id such as example-municipality';
/** A lesson or practice text file, relative to the edition folder. */
const TEXT_PATH =
  /^(modules\/[a-z0-9-]+\/lessons\/[a-z0-9-]+|practices\/[a-z0-9-]+)\.[a-z]{2,3}(-[A-Z]{2})?\.md$/;

@ObjectType()
export class AdaptationProblemObject {
  @Field(() => Int) line: number;
  @Field() message: string;
  @Field({ description: 'error or warning' }) severity: string;
}

@ObjectType({ description: 'A file of the edition written in the browser' })
export class WorkspaceAdaptationObject {
  @Field({ description: 'Path inside the edition folder, e.g. practices/x.en.md' }) path: string;
  @Field({ description: 'override, practice, lcc or hide' }) kind: string;
  @Field(() => Int) version: number;
  @Field(() => Date) updatedAt: Date;
  @Field(() => String, { nullable: true }) updatedByName: string | null;
}

@ObjectType({ description: 'The text of a lesson or practice file as the edition has it' })
export class WorkspaceAdaptationFileObject {
  @Field() edition: string;
  @Field() path: string;
  @Field({ description: 'The edition’s text (the adaptation when there is one)' }) text: string;
  @Field({ description: 'The text the academy runs (core or edition file), empty for a new file' })
  baseText: string;
  @Field(() => Int, { description: '0 while the file is not adapted in the browser' })
  version: number;
  @Field() adapted: boolean;
}

@ObjectType()
export class AdaptationLessonObject {
  @Field() module: string;
  @Field() moduleTitle: string;
  @Field() slug: string;
  @Field() title: string;
  @Field() hidden: boolean;
  @Field({ description: 'The edition has its own text of the lesson' }) overridden: boolean;
  @Field({ description: 'The module’s questions are drawn, so hiding is refused' })
  quizDrawn: boolean;
}

@ObjectType()
export class AdaptationPracticeObject {
  @Field() slug: string;
  @Field() title: string;
  @Field({ description: 'A local practice of the edition (not in the core)' }) local: boolean;
  @Field() overridden: boolean;
}

@ObjectType()
export class DiscountRateSourceObject {
  @Field() title: string;
  @Field(() => String, { nullable: true }) publisher: string | null;
  @Field(() => Int, { nullable: true }) year: number | null;
  @Field(() => String, { nullable: true }) url: string | null;
}

@ObjectType()
export class AdaptationLccObject {
  @Field(() => String, { nullable: true }) currency: string | null;
  @Field(() => Float, { nullable: true }) discountRate: number | null;
  @Field(() => DiscountRateSourceObject, { nullable: true })
  discountRateSource: DiscountRateSourceObject | null;
  @Field(() => Int, { description: 'Version of edition.yaml in the browser (0: not adapted)' })
  version: number;
}

@ObjectType({ description: 'Local adaptation of an edition: what the editor can change' })
export class WorkspaceAdaptationOverviewObject {
  @Field() edition: string;
  @Field() sourceLocale: string;
  @Field(() => [String]) locales: string[];
  @Field(() => [WorkspaceAdaptationObject]) adaptations: WorkspaceAdaptationObject[];
  @Field(() => [AdaptationLessonObject]) lessons: AdaptationLessonObject[];
  @Field(() => [AdaptationPracticeObject]) practices: AdaptationPracticeObject[];
  @Field(() => AdaptationLccObject) lcc: AdaptationLccObject;
}

@InputType()
export class AdaptationFileInput {
  @Field() @Matches(SLUG, { message: EDITION_MESSAGE }) edition: string;
  @Field({ description: 'modules/<m>/lessons/<l>.<locale>.md or practices/<slug>.<locale>.md' })
  @Matches(TEXT_PATH, { message: 'path must be a lesson or practice file of the edition' })
  path: string;
}

@InputType()
export class CheckAdaptationInput extends AdaptationFileInput {
  @Field() @IsString() @MaxLength(100_000) text: string;
}

@InputType()
export class SaveAdaptationInput extends CheckAdaptationInput {
  @Field(() => Int, { description: 'The version the editor started from (0: a new adaptation)' })
  @IsInt()
  @Min(0)
  expectedVersion: number;
}

@InputType()
export class RemoveAdaptationInput {
  @Field() @Matches(SLUG, { message: EDITION_MESSAGE }) edition: string;
  @Field()
  @Matches(/^[a-z0-9][a-z0-9/._-]*\.(md|yaml)$/, { message: 'path must be a file of the edition' })
  @MaxLength(300)
  path: string;
  @Field(() => Int) @IsInt() @Min(1) expectedVersion: number;
}

@InputType()
export class DiscountRateSourceInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'the source needs a title' })
  @MaxLength(300)
  title: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) publisher?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1900) @Max(2100) year?: number;
  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'url must be an http(s) URL' })
  @MaxLength(500)
  url?: string;
}

@InputType()
export class SetLccDefaultsInput {
  @Field() @Matches(SLUG, { message: EDITION_MESSAGE }) edition: string;
  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as EUR' })
  currency?: string;
  @Field(() => Float, { nullable: true, description: 'A fraction: 0.03 for 3 %' })
  @IsOptional()
  @IsNumber()
  @Min(-0.5)
  @Max(1)
  discountRate?: number;
  @Field(() => DiscountRateSourceInput, {
    nullable: true,
    description: 'Required with a discount rate',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => DiscountRateSourceInput)
  discountRateSource?: DiscountRateSourceInput;
  @Field(() => Int) @IsInt() @Min(0) expectedVersion: number;
}

@InputType()
export class HideLessonInput {
  @Field() @Matches(SLUG, { message: EDITION_MESSAGE }) edition: string;
  @Field() @Matches(SLUG, { message: 'module must be a module id' }) module: string;
  @Field() @Matches(SLUG, { message: 'lesson must be a lesson id' }) lesson: string;
  @Field({ description: 'true hides the lesson, false shows it again' })
  @IsBoolean()
  hidden: boolean;
}
