import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A segment whose source changed upstream since it was translated' })
export class WorkspaceOutdatedSegmentObject {
  @Field() sourcePath: string;
  @Field() displayPath: string;
  @Field({ description: 'Segment id as in the XLIFF export' }) segmentId: string;
  @Field(() => Int, { description: '1-based position of the segment in its file' })
  position: number;
  @Field() source: string;
  @Field(() => String, {
    nullable: true,
    description:
      'The source the target was translated from (null for a repository file, which keeps only a hash)',
  })
  previousSource: string | null;
  @Field() target: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Core release the target was translated against (null when not known: repository files, older rows)',
  })
  translatedAgainst: string | null;
  @Field({
    description: 'workspace (translated in the browser) or repository (a translation file)',
  })
  origin: string;
  @Field(() => Int, { description: 'Pass as expectedVersion to save or confirm' }) version: number;
}

@ObjectType()
export class WorkspaceOutdatedFileObject {
  @Field() sourcePath: string;
  @Field() displayPath: string;
  @Field(() => Int) outdated: number;
}

@ObjectType({ description: 'What the current core release made outdated in an edition and locale' })
export class WorkspaceOutdatedObject {
  @Field() edition: string;
  @Field() locale: string;
  @Field({ description: 'The core release the academy runs (the curriculum manifest’s version)' })
  coreVersion: string;
  @Field(() => [WorkspaceOutdatedFileObject]) files: WorkspaceOutdatedFileObject[];
  @Field(() => [WorkspaceOutdatedSegmentObject], {
    description: 'In overview order: file by file, segment by segment',
  })
  segments: WorkspaceOutdatedSegmentObject[];
}
