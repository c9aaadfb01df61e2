import { Args, Context, Info, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Allow } from '../common/access.js';
import { notFound } from '../common/errors.js';
import { cachePublicContent } from '../common/response-cache.js';
import type { GraphqlContext } from '../common/graphql-context.js';
import { toCourseObject, toLessonSummary, toModuleObject } from './curriculum.mapper.js';
import { CourseArgs, ReleaseScopedArgs } from './dto/curriculum.args.js';
import { CourseObject, LessonSummaryObject, ModuleObject, QuizInfoObject, TranslationCoverageObject } from './dto/curriculum.objects.js';
import { pickText, type ReleaseLocales } from './localized.js';
import { CurriculumContentService } from './curriculum-content.service.js';
import { ReleaseService } from './release.service.js';

async function releaseOf(ctx: GraphqlContext, releaseId: string): Promise<ReleaseLocales & { id: string }> {
  const release = await ctx.loaders.curriculum.releaseLocales.load(releaseId);
  if (!release) throw notFound('The curriculum release');
  return release;
}

/** The catalogue: courses of a release with their modules, readable by anyone. */
@Resolver(() => CourseObject)
export class CourseResolver {
  constructor(
    private readonly releases: ReleaseService,
    private readonly content: CurriculumContentService,
  ) {}

  @Allow('public')
  @Query(() => [CourseObject], { description: 'Courses of a release (default: the current core release)' })
  async courses(@Args() args: ReleaseScopedArgs, @Context() ctx: GraphqlContext, @Info() info: GraphQLResolveInfo): Promise<CourseObject[]> {
    cachePublicContent(info); // release content only: the same answer for everyone
    const release = args.releaseId ? await this.releases.resolve(args.releaseId) : await this.releases.current();
    if (!release) return [];
    ctx.loaders.curriculum.releaseLocales.prime(release.id, release);
    const rows = await this.content.courses(release.id);
    return rows.map((c) => toCourseObject(c, release, args.locale));
  }

  @Allow('public')
  @Query(() => CourseObject)
  async course(@Args() args: CourseArgs, @Context() ctx: GraphqlContext, @Info() info: GraphQLResolveInfo): Promise<CourseObject> {
    cachePublicContent(info); // release content only: the same answer for everyone
    const release = await this.releases.resolve(args.releaseId);
    ctx.loaders.curriculum.releaseLocales.prime(release.id, release);
    const row = await this.content.course(release.id, args.slug);
    if (!row) throw notFound(`The course "${args.slug}"`);
    return toCourseObject(row, release, args.locale);
  }

  @ResolveField(() => [ModuleObject])
  async modules(@Parent() course: CourseObject, @Context() ctx: GraphqlContext): Promise<ModuleObject[]> {
    const release = await releaseOf(ctx, course.releaseId);
    const l = ctx.loaders.curriculum;
    const keys = course.moduleSlugs.map((slug) => l.key(course.releaseId, slug));
    const [modules, quizzes] = await Promise.all([l.module.loadMany(keys), l.moduleQuiz.loadMany(keys)]);
    return modules.flatMap((m, i) => {
      if (!m || m instanceof Error) return [];
      const quiz = quizzes[i];
      return [toModuleObject(m, release, course.locale, quiz && !(quiz instanceof Error) ? quiz : null)];
    });
  }

  @ResolveField(() => TranslationCoverageObject, { description: 'For a "not fully translated" badge' })
  async translation(@Parent() course: CourseObject, @Context() ctx: GraphqlContext): Promise<TranslationCoverageObject> {
    const release = await releaseOf(ctx, course.releaseId);
    const l = ctx.loaders.curriculum;
    const keys = course.moduleSlugs.map((slug) => l.key(course.releaseId, slug));
    const [modules, lessons, quizzes] = await Promise.all([l.module.loadMany(keys), l.lessonsOfModule.loadMany(keys), l.moduleQuiz.loadMany(keys)]);
    const infos = [
      course.text,
      ...[...modules, ...quizzes].flatMap((m) => (m && !(m instanceof Error) ? [pickText(m.texts, course.locale, release).info] : [])),
      ...lessons.flatMap((ls) => (ls instanceof Error ? [] : ls.map((x) => pickText(x.texts, course.locale, release).info))),
    ];
    const fellBack = infos.filter((i) => i.fellBack).length;
    const outdated = infos.filter((i) => i.outdated).length;
    return { complete: fellBack === 0 && outdated === 0, fellBack, outdated, total: infos.length };
  }
}

/** What a learner needs to know before starting a course's final assessment (never its questions). */
@Resolver(() => CourseObject)
export class CourseAssessmentResolver {
  constructor(private readonly content: CurriculumContentService) {}

  @ResolveField(() => QuizInfoObject, { nullable: true })
  async finalAssessmentInfo(@Parent() course: CourseObject): Promise<QuizInfoObject | null> {
    if (!course.finalAssessment) return null;
    const row = await this.content.assessmentInfo(course.releaseId, course.finalAssessment);
    if (!row) return null;
    const count = row.settings.draw.reduce((n, d) => n + d.count, 0);
    return {
      bankSize: count,
      questionsPerAttempt: count,
      passMark: row.settings.passMark,
      maxAttempts: row.settings.maxAttempts ?? null,
      timeLimitMinutes: row.settings.timeLimitMinutes ?? null,
    };
  }
}

@Resolver(() => ModuleObject)
export class ModuleFieldsResolver {
  @ResolveField(() => [LessonSummaryObject])
  async lessons(@Parent() module: ModuleObject, @Context() ctx: GraphqlContext): Promise<LessonSummaryObject[]> {
    const release = await releaseOf(ctx, module.releaseId);
    const rows = await ctx.loaders.curriculum.lessonsOfModule.load(ctx.loaders.curriculum.key(module.releaseId, module.slug));
    return rows.map((r) => toLessonSummary(r, release, module.locale));
  }
}
