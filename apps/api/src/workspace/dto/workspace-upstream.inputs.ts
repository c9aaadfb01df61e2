import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Matches, MaxLength, Min } from 'class-validator';
import { EditionLocaleArgs, SegmentKeyInput } from './workspace.inputs.js';

const PATH = /^[a-z0-9][a-z0-9/._-]*\.[a-z-]+\.(md|yaml)$/i;
const SEGMENT = /^[A-Za-z0-9_.-]+$/;

@ArgsType()
export class NextOutdatedArgs extends EditionLocaleArgs {
  @Field(() => String, {
    nullable: true,
    description: 'The file of the segment the editor is at (none: from the start)',
  })
  @IsOptional()
  @Matches(PATH, { message: 'afterSourcePath must be a curriculum source file path' })
  @MaxLength(300)
  afterSourcePath?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(SEGMENT, { message: 'afterSegmentId must be a segment id such as body.3' })
  @MaxLength(200)
  afterSegmentId?: string | null;
}

@InputType()
export class ConfirmWorkspaceSegmentInput extends SegmentKeyInput {
  @Field(() => Int, {
    description: 'The version the editor saw (0: the repository file’s translation)',
  })
  @IsInt()
  @Min(0)
  expectedVersion: number;
}
