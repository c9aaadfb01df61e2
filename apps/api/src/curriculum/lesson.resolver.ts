import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../common/access.js';
import { notFound } from '../common/errors.js';
import type { GraphqlContext } from '../common/graphql-context.js';
import { toLessonSummary, toModuleObject, toSources } from './curriculum.mapper.js';
import { LessonArgs, ModuleArgs } from './dto/curriculum.args.js';
import { ModuleGates } from './module-gates.js';
import { HostNotesObject, LessonObject, ModuleObject } from './dto/curriculum.objects.js';
import { pickText } from './localized.js';
import { CurriculumContentService } from './curriculum-content.service.js';
import { ReleaseService } from './release.service.js';

@Resolver(() => LessonObject)
export class LessonResolver {
  constructor(
    private readonly releases: ReleaseService,
    private readonly gates: ModuleGates,
    private readonly content: CurriculumContentService,
  ) {}

  @Allow('public')
  @Query(() => LessonObject, {
    description: 'A lesson with its module reading order; missing translations fall back. FORBIDDEN (reason MODULE_LOCKED) while the signed-in learner’s cohort has not opened the module',
  })
  async lesson(@Args() args: LessonArgs, @Context() ctx: GraphqlContext): Promise<LessonObject> {
    // The cohort gate and the (cached) content are read at the same time; nothing is returned
    // before the gate has answered.
    const gate = ctx.user ? this.gates.assertOpen(ctx.user.id, args.module) : Promise.resolve();
    gate.catch(() => undefined); // awaited below, after the content
    const release = await this.releases.resolve(args.releaseId);
    const l = ctx.loaders.curriculum;
    const moduleKey = l.key(release.id, args.module);
    const [row, module, siblings] = await Promise.all([
      this.content.lesson(release.id, args.module, args.slug),
      l.module.load(moduleKey),
      l.lessonsOfModule.load(moduleKey),
    ]);
    await gate;
    if (!row || !module) throw notFound(`The lesson "${args.module}/${args.slug}"`);
    const { text, info } = pickText<{ title: string; objectives: string[]; html: string }>(row.texts, args.locale, release);
    const order = siblings.map((s) => toLessonSummary(s, release, args.locale));
    const index = order.findIndex((s) => s.slug === row.slug);
    return {
      module: row.moduleSlug,
      slug: row.slug,
      title: text.title,
      objectives: text.objectives,
      minutes: row.minutes,
      html: text.html,
      sources: toSources(row.sources),
      text: info,
      releaseId: release.id,
      moduleTitle: pickText<{ title: string }>(module.texts, args.locale, release).text.title,
      moduleLessons: order,
      previous: order[index - 1] ?? null,
      next: order[index + 1] ?? null,
    };
  }

  @Allow('public')
  @Query(() => ModuleObject)
  async module(@Args() args: ModuleArgs, @Context() ctx: GraphqlContext): Promise<ModuleObject> {
    const release = await this.releases.resolve(args.releaseId);
    const key = ctx.loaders.curriculum.key(release.id, args.module);
    const [module, quiz] = await Promise.all([ctx.loaders.curriculum.module.load(key), ctx.loaders.curriculum.moduleQuiz.load(key)]);
    if (!module) throw notFound(`The module "${args.module}"`);
    return toModuleObject(module, release, args.locale, quiz);
  }

  @Allow('host', 'editor')
  @Query(() => HostNotesObject, { nullable: true, description: 'The workshop plan of a module (hosts and editors only)' })
  async hostNotes(@Args() args: ModuleArgs): Promise<HostNotesObject | null> {
    const release = await this.releases.resolve(args.releaseId);
    const hostNotes = await this.content.hostNotes(release.id, args.module);
    if (!hostNotes) throw notFound(`The module "${args.module}"`);
    if (Object.keys(hostNotes).length === 0) return null;
    const { text, info } = pickText<{ title: string; durationMinutes?: number; participants?: string | number; html: string }>(
      hostNotes,
      args.locale,
      release,
    );
    return {
      module: args.module,
      title: text.title,
      durationMinutes: text.durationMinutes ?? null,
      participants: text.participants === undefined ? null : String(text.participants),
      html: text.html,
      text: info,
    };
  }
}
