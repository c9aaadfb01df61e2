import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Allow } from '../common/access.js';
import { notFound } from '../common/errors.js';
import type { GraphqlContext } from '../common/graphql-context.js';
import { toLessonSummary, toModuleObject, toSources } from './curriculum.mapper.js';
import { LessonArgs, ModuleArgs } from './dto/curriculum.args.js';
import { ModuleGates } from './module-gates.js';
import { HostNotesObject, LessonObject, ModuleObject } from './dto/curriculum.objects.js';
import { pickText } from './localized.js';
import { ReleaseLessonEntity, ReleaseModuleEntity } from './release-content.entities.js';
import { ReleaseService } from './release.service.js';

@Resolver(() => LessonObject)
export class LessonResolver {
  constructor(
    private readonly releases: ReleaseService,
    private readonly gates: ModuleGates,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Allow('public')
  @Query(() => LessonObject, {
    description: 'A lesson with its module reading order; missing translations fall back. FORBIDDEN (reason MODULE_LOCKED) while the signed-in learner’s cohort has not opened the module',
  })
  async lesson(@Args() args: LessonArgs, @Context() ctx: GraphqlContext): Promise<LessonObject> {
    if (ctx.user) await this.gates.assertOpen(ctx.user.id, args.module);
    const release = await this.releases.resolve(args.releaseId);
    const l = ctx.loaders.curriculum;
    const moduleKey = l.key(release.id, args.module);
    const [row, module, siblings] = await Promise.all([
      this.dataSource.getRepository(ReleaseLessonEntity).findOneBy({ releaseId: release.id, moduleSlug: args.module, slug: args.slug }),
      l.module.load(moduleKey),
      l.lessonsOfModule.load(moduleKey),
    ]);
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
    const row = await this.dataSource.getRepository(ReleaseModuleEntity).findOne({
      where: { releaseId: release.id, slug: args.module },
      select: { id: true, hostNotes: true },
    });
    if (!row) throw notFound(`The module "${args.module}"`);
    if (Object.keys(row.hostNotes).length === 0) return null;
    const { text, info } = pickText<{ title: string; durationMinutes?: number; participants?: string | number; html: string }>(
      row.hostNotes,
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
