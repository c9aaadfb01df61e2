import { Directive, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { INHERIT_CACHE_POLICY } from '../../common/response-cache.js';

@ObjectType('TextInfo', { description: 'Which language a text is shown in, and whether it fell back' })
@Directive(INHERIT_CACHE_POLICY)
export class TextInfoObject {
  @Field() requestedLocale: string;
  @Field() shownLocale: string;
  @Field({ description: 'Shown in another language because the translation is missing' }) fellBack: boolean;
  @Field({ description: 'The translation is older than its source' }) outdated: boolean;
  @Field({ description: 'The translation has not been reviewed by a native-speaking expert' }) unreviewed: boolean;
}

@ObjectType('Source')
@Directive(INHERIT_CACHE_POLICY)
export class SourceObject {
  @Field() title: string;
  @Field(() => String, { nullable: true }) publisher: string | null;
  @Field(() => Int, { nullable: true }) year: number | null;
  @Field(() => String, { nullable: true }) url: string | null;
}

@ObjectType('Release')
@Directive(INHERIT_CACHE_POLICY)
export class ReleaseObject {
  @Field(() => ID) id: string;
  @Field() curriculumId: string;
  @Field() version: string;
  @Field() contentHash: string;
  @Field(() => String, { nullable: true }) edition: string | null;
  @Field(() => String, { nullable: true }) editionName: string | null;
  @Field() sourceLocale: string;
  @Field(() => [String]) locales: string[];
  @Field() importedAt: Date;
}

@ObjectType('QuizInfo', { description: 'What a quiz asks of a learner (never its answers)' })
@Directive(INHERIT_CACHE_POLICY)
export class QuizInfoObject {
  @Field(() => Int) bankSize: number;
  @Field(() => Int) questionsPerAttempt: number;
  @Field() passMark: number;
  @Field(() => Int, { nullable: true }) maxAttempts: number | null;
  @Field(() => Int, { nullable: true }) timeLimitMinutes: number | null;
}

@ObjectType('LessonSummary')
@Directive(INHERIT_CACHE_POLICY)
export class LessonSummaryObject {
  @Field() module: string;
  @Field() slug: string;
  @Field() title: string;
  @Field(() => Int) minutes: number;
  @Field(() => Int) position: number;
  @Field(() => TextInfoObject) text: TextInfoObject;
}

@ObjectType('Module')
@Directive(INHERIT_CACHE_POLICY)
export class ModuleObject {
  /** Internal: the release the module belongs to, for field resolvers. */
  releaseId: string;
  locale: string;
  lessonSlugs: string[];

  @Field() slug: string;
  @Field() title: string;
  @Field() summary: string;
  @Field(() => TextInfoObject) text: TextInfoObject;
  @Field(() => QuizInfoObject, { nullable: true }) quiz: QuizInfoObject | null;
}

@ObjectType('TranslationCoverage', { description: 'How much of a course exists in the requested language' })
@Directive(INHERIT_CACHE_POLICY)
export class TranslationCoverageObject {
  @Field({ description: 'Every text is translated and current' }) complete: boolean;
  @Field(() => Int) fellBack: number;
  @Field(() => Int) outdated: number;
  @Field(() => Int) total: number;
}

@ObjectType('Course')
@Directive(INHERIT_CACHE_POLICY)
export class CourseObject {
  releaseId: string;
  locale: string;
  moduleSlugs: string[];

  @Field(() => ID, { description: 'releaseId:slug' }) id: string;
  @Field() slug: string;
  @Field() title: string;
  @Field() summary: string;
  @Field(() => String, { nullable: true }) audience: string | null;
  @Field(() => TextInfoObject) text: TextInfoObject;
  @Field(() => ReleaseObject) release: ReleaseObject;
  @Field() certificate: boolean;
  @Field(() => String, { nullable: true }) finalAssessment: string | null;
  @Field(() => [String], { description: 'What completion needs: lessons, moduleQuizzes, finalAssessment' }) completionRules: string[];
}

@ObjectType('Lesson')
export class LessonObject {
  @Field() module: string;
  @Field() slug: string;
  @Field() title: string;
  @Field(() => [String]) objectives: string[];
  @Field(() => Int) minutes: number;
  @Field({ description: 'Sanitised HTML rendered at import' }) html: string;
  @Field(() => [SourceObject]) sources: SourceObject[];
  @Field(() => TextInfoObject) text: TextInfoObject;
  @Field(() => ID) releaseId: string;
  @Field() moduleTitle: string;
  @Field(() => [LessonSummaryObject], { description: 'The module reading order' }) moduleLessons: LessonSummaryObject[];
  @Field(() => LessonSummaryObject, { nullable: true }) previous: LessonSummaryObject | null;
  @Field(() => LessonSummaryObject, { nullable: true }) next: LessonSummaryObject | null;
}

@ObjectType('HostNotes')
export class HostNotesObject {
  @Field() module: string;
  @Field() title: string;
  @Field(() => Int, { nullable: true }) durationMinutes: number | null;
  @Field(() => String, { nullable: true }) participants: string | null;
  @Field() html: string;
  @Field(() => TextInfoObject) text: TextInfoObject;
}
