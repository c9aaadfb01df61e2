import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

const LOCALE = /^[a-z]{2,3}(-[A-Z]{2})?$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const localeMessage = { message: 'locale must look like en, nl or nl-BE' };
const slugMessage = (field: string) => ({ message: `${field} must be a lowercase slug such as why-circular` });

@ArgsType()
export class ReleaseScopedArgs {
  @Field({ description: 'Interface language, e.g. nl or nl-BE; missing texts fall back' })
  @Matches(LOCALE, localeMessage)
  locale: string;

  @Field(() => ID, { nullable: true, description: 'Default: the current core release' })
  @IsOptional()
  @IsUUID('all', { message: 'releaseId must be a release id' })
  releaseId?: string;
}

@ArgsType()
export class CourseArgs extends ReleaseScopedArgs {
  @Field()
  @Matches(SLUG, slugMessage('slug'))
  slug: string;
}

@ArgsType()
export class LessonArgs extends ReleaseScopedArgs {
  @Field()
  @Matches(SLUG, slugMessage('module'))
  module: string;

  @Field()
  @Matches(SLUG, slugMessage('slug'))
  slug: string;
}

@ArgsType()
export class ModuleArgs extends ReleaseScopedArgs {
  @Field()
  @Matches(SLUG, slugMessage('module'))
  module: string;
}

@ArgsType()
export class PracticesArgs extends ReleaseScopedArgs {
  @Field({ nullable: true }) @IsOptional() @Matches(SLUG, slugMessage('productGroup')) productGroup?: string;
  @Field({ nullable: true }) @IsOptional() @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter code such as NL' }) country?: string;
  @Field({ nullable: true }) @IsOptional() @Matches(SLUG, slugMessage('strategy')) strategy?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1900) @Max(2100) year?: number;

  @Field({ nullable: true, description: 'Full-text search in every language' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) offset: number = 0;
  @Field(() => Int, { defaultValue: 20 }) @IsInt() @Min(1) @Max(100) limit: number = 20;
}

@ArgsType()
export class PracticeArgs extends ReleaseScopedArgs {
  @Field() @Matches(SLUG, slugMessage('slug')) slug: string;
}

@ArgsType()
export class CriteriaSetsArgs extends ReleaseScopedArgs {
  @Field({ nullable: true }) @IsOptional() @Matches(SLUG, slugMessage('productGroup')) productGroup?: string;
}

@ArgsType()
export class TranslationStatusArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'releaseId must be a release id' }) releaseId?: string;
  @Field({ nullable: true, description: 'Only this locale' }) @IsOptional() @Matches(LOCALE, localeMessage) locale?: string;
  @Field({ nullable: true, description: 'The current release of this edition (without releaseId)' })
  @IsOptional()
  @Matches(SLUG, slugMessage('edition'))
  edition?: string;
}

@ArgsType()
export class XliffArgs {
  @Field() @Matches(LOCALE, localeMessage) locale: string;
  @Field({ nullable: true }) @IsOptional() @Matches(SLUG, slugMessage('module')) module?: string;
  @Field({ nullable: true }) @IsOptional() @Matches(SLUG, slugMessage('edition')) edition?: string;
}

