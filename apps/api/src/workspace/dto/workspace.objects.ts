import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum SegmentStatusValue {
  missing = 'missing',
  outdated = 'outdated',
  translated = 'translated',
  reviewed = 'reviewed',
}
registerEnumType(SegmentStatusValue, {
  name: 'WorkspaceSegmentStatus',
  description: 'outdated: translated from a source text that has since changed upstream',
});

@ObjectType()
export class WorkspaceEditionObject {
  @Field() id: string;
  @Field() name: string;
  @Field(() => [String], { description: 'Locales editors translate the edition into' })
  locales: string[];
}

@ObjectType()
export class WorkspaceCountsObject {
  @Field(() => Int) segments: number;
  @Field(() => Int) complete: number;
  @Field(() => Int) outdated: number;
  @Field(() => Int) missing: number;
  @Field(() => Int, { description: 'Translated, not yet reviewed by a second editor' })
  unreviewed: number;
  @Field(() => Int, { description: 'Source words' }) words: number;
  @Field(() => Int, { description: 'Source words of missing and outdated segments' })
  wordsToDo: number;
}

@ObjectType()
export class WorkspaceFileSummaryObject extends WorkspaceCountsObject {
  @Field() sourcePath: string;
  @Field() displayPath: string;
  @Field({ description: 'module, course, practice, glossary…' }) groupKind: string;
  @Field() groupId: string;
  @Field({ description: 'lesson, quiz-text, practice…' }) kind: string;
}

@ObjectType()
export class WorkspaceOverviewObject {
  @Field() edition: string;
  @Field() locale: string;
  @Field(() => WorkspaceCountsObject) totals: WorkspaceCountsObject;
  @Field(() => [WorkspaceFileSummaryObject]) files: WorkspaceFileSummaryObject[];
}

@ObjectType()
export class SegmentTermObject {
  @Field() id: string;
  @Field() term: string;
  @Field(() => String, { nullable: true, description: 'The glossary’s approved translation' })
  translation: string | null;
}

@ObjectType()
export class TmSuggestionObject {
  @Field() source: string;
  @Field() target: string;
  @Field({ description: 'Where the pair comes from (a translation file or the workspace)' })
  origin: string;
  @Field(() => Int, { description: '0–100; 100 is the same source text' }) score: number;
}

@ObjectType()
export class SegmentProblemObject {
  @Field(() => Int, { description: 'Line within the segment' }) line: number;
  @Field() message: string;
  @Field() severity: string;
}

@ObjectType()
export class WorkspaceCommentObject {
  @Field(() => ID) id: string;
  @Field() body: string;
  @Field(() => String, { nullable: true }) authorName: string | null;
  @Field() createdAt: Date;
}

@ObjectType()
export class WorkspaceSegmentObject {
  @Field({ description: 'Segment id as in the XLIFF export' }) id: string;
  @Field() source: string;
  @Field(() => String, { nullable: true }) target: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The source text the target was translated from, when it changed since',
  })
  previousSource: string | null;
  @Field(() => SegmentStatusValue) status: SegmentStatusValue;
  @Field(() => Int, {
    description:
      'Pass as expectedVersion when saving or reviewing; 0 until translated in the browser',
  })
  version: number;
  @Field(() => String, { nullable: true }) authorName: string | null;
  @Field(() => String, { nullable: true }) reviewerName: string | null;
  @Field({
    description: 'The signed-in editor may review it (translated by someone else, current)',
  })
  canReview: boolean;
  @Field(() => [SegmentTermObject]) terms: SegmentTermObject[];
  @Field(() => [TmSuggestionObject]) suggestions: TmSuggestionObject[];
  @Field(() => [SegmentProblemObject], { description: 'The validator’s findings on the target' })
  problems: SegmentProblemObject[];
  @Field(() => [WorkspaceCommentObject]) comments: WorkspaceCommentObject[];
}

@ObjectType()
export class WorkspaceFileObject {
  @Field() edition: string;
  @Field() locale: string;
  @Field() sourcePath: string;
  @Field() displayPath: string;
  @Field() targetPath: string;
  @Field(() => [WorkspaceSegmentObject]) segments: WorkspaceSegmentObject[];
}

@ObjectType()
export class WorkspaceExportObject {
  @Field() filename: string;
  @Field({ description: 'The zip file, base64-encoded' }) zipBase64: string;
  @Field(() => [String], {
    description: 'Translation files in the zip (paths from the curriculum root)',
  })
  files: string[];
  @Field(() => [String], {
    description: 'Files translated in the browser that still miss segments (left out)',
  })
  incomplete: string[];
}
