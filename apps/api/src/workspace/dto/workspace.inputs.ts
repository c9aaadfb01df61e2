import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsString, IsUUID, Matches, MaxLength, Min, MinLength } from 'class-validator';

const LOCALE = /^[a-z]{2,3}(-[A-Z]{2})?$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PATH = /^[a-z0-9][a-z0-9/._-]*\.[a-z-]+\.(md|yaml)$/i;
const SEGMENT = /^[A-Za-z0-9_.-]+$/;

@ArgsType()
export class EditionLocaleArgs {
  @Field()
  @Matches(SLUG, { message: 'edition must be an edition id such as example-municipality' })
  edition: string;
  @Field() @Matches(LOCALE, { message: 'locale must look like en, nl or nl-BE' }) locale: string;
}

@ArgsType()
export class WorkspaceFileArgs extends EditionLocaleArgs {
  @Field({ description: 'Logical path of the source file, e.g. modules/x/lessons/y.en.md' })
  @Matches(PATH, { message: 'sourcePath must be a curriculum source file path' })
  @MaxLength(300)
  sourcePath: string;
}

@InputType()
export class SegmentKeyInput {
  @Field()
  @Matches(SLUG, { message: 'edition must be an edition id such as example-municipality' })
  edition: string;
  @Field() @Matches(LOCALE, { message: 'locale must look like en, nl or nl-BE' }) locale: string;
  @Field()
  @Matches(PATH, { message: 'sourcePath must be a curriculum source file path' })
  @MaxLength(300)
  sourcePath: string;
  @Field({ description: 'Segment id as in the XLIFF export (title, fm.objectives.0, body.3)' })
  @Matches(SEGMENT, { message: 'segmentId must be a segment id such as body.3' })
  @MaxLength(200)
  segmentId: string;
}

@InputType()
export class SaveWorkspaceSegmentInput extends SegmentKeyInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'the translation is empty' })
  @MaxLength(20_000)
  target: string;
  @Field(() => Int, {
    description:
      'The version the editor started from (0: not yet translated); another version is a conflict',
  })
  @IsInt()
  @Min(0)
  expectedVersion: number;
}

@InputType()
export class ReviewWorkspaceSegmentInput extends SegmentKeyInput {
  @Field(() => Int) @IsInt() @Min(1) expectedVersion: number;
}

@InputType()
export class AddWorkspaceCommentInput extends SegmentKeyInput {
  @Field() @IsString() @MinLength(1) @MaxLength(2000) body: string;
}

@InputType()
export class CheckWorkspaceSegmentInput extends SegmentKeyInput {
  @Field() @IsString() @MaxLength(20_000) target: string;
}

@InputType()
export class EditionScopeInput {
  @Field(() => ID) @IsUUID('all', { message: 'userId must be a user id' }) userId: string;
  @Field()
  @Matches(SLUG, { message: 'edition must be an edition id such as example-municipality' })
  edition: string;
}

@ArgsType()
export class EditionArgs {
  @Field()
  @Matches(SLUG, { message: 'edition must be an edition id such as example-municipality' })
  edition: string;
}

@InputType()
export class PublishEditionInput {
  @Field()
  @Matches(SLUG, { message: 'edition must be an edition id such as example-municipality' })
  edition: string;
}

@ArgsType()
export class LessonPreviewArgs extends EditionLocaleArgs {
  @Field() @Matches(SLUG, { message: 'module must be a module id' }) module: string;
  @Field() @Matches(SLUG, { message: 'lesson must be a lesson id' }) lesson: string;
}
