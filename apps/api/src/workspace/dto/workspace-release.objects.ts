import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SourceObject, TextInfoObject } from '../../curriculum/index.js';

@ObjectType()
export class EditionProblemObject {
  @Field({ description: 'Path from the curriculum root (edition files keep editions/<id>/)' })
  file: string;
  @Field(() => Int) line: number;
  @Field() message: string;
}

@ObjectType()
export class PublishFileObject {
  @Field() locale: string;
  @Field({ description: 'Translation file written from the workspace' }) path: string;
  @Field({ description: 'Every segment reviewed by a second editor' }) reviewed: boolean;
}

@ObjectType({ description: 'What publishing the edition now would do (nothing is written)' })
export class WorkspacePublishCheckObject {
  @Field() edition: string;
  @Field(() => [EditionProblemObject], { description: 'Validator errors: publishing is refused' })
  problems: EditionProblemObject[];
  @Field(() => [PublishFileObject]) files: PublishFileObject[];
  @Field(() => [String], { description: 'Files translated in the browser still missing segments' })
  incomplete: string[];
  @Field({ description: 'The version the release would get (empty while there are errors)' })
  version: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The release that already holds exactly this content: publishing changes nothing',
  })
  unchangedReleaseId: string | null;
}

@ObjectType()
export class WorkspacePublishObject {
  @Field({ description: 'published, or unchanged when a release already holds this content' })
  status: string;
  @Field(() => ID) releaseId: string;
  @Field() version: string;
  @Field() contentHash: string;
}

@ObjectType()
export class WorkspaceXliffObject {
  @Field() filename: string;
  @Field({ description: 'XLIFF 2.0, as npm run curriculum -- export-xliff writes it' })
  xliff: string;
}

@ObjectType()
export class PreviewLessonLinkObject {
  @Field() module: string;
  @Field() slug: string;
  @Field() title: string;
}

@ObjectType({ description: 'A lesson as learners of the edition would see it once published' })
export class WorkspaceLessonPreviewObject {
  @Field() edition: string;
  @Field() locale: string;
  @Field() module: string;
  @Field() slug: string;
  @Field() moduleTitle: string;
  @Field() title: string;
  @Field(() => [String]) objectives: string[];
  @Field(() => Int) minutes: number;
  @Field({ description: 'Sanitised HTML, rendered as the release renders it' }) html: string;
  @Field(() => [SourceObject]) sources: SourceObject[];
  @Field(() => TextInfoObject) text: TextInfoObject;
  @Field(() => [PreviewLessonLinkObject]) moduleLessons: PreviewLessonLinkObject[];
  @Field(() => PreviewLessonLinkObject, { nullable: true })
  previous: PreviewLessonLinkObject | null;
  @Field(() => PreviewLessonLinkObject, { nullable: true }) next: PreviewLessonLinkObject | null;
}
