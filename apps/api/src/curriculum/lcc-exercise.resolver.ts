import { Args, Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { ArgsType } from '@nestjs/graphql';
import { Allow } from '../common/access.js';
import { notFound } from '../common/errors.js';
import { JsonObjectScalar } from '../common/json.scalar.js';
import { ReleaseScopedArgs } from './dto/curriculum.args.js';
import { TextInfoObject } from './dto/curriculum.objects.js';
import { pickText, type ReleaseLocales } from './localized.js';
import { CurriculumContentService, type ExerciseRow } from './curriculum-content.service.js';
import { ReleaseService } from './release.service.js';

@ObjectType('LccOfferName')
class LccOfferNameObject {
  @Field() id: string;
  @Field() name: string;
}

@ObjectType('LccExercise', { description: 'A worked life-cycle costing case from the curriculum' })
export class LccExerciseObject {
  @Field() id: string;
  @Field() title: string;
  @Field({ description: 'Sanitised HTML' }) contextHtml: string;
  @Field(() => String, { nullable: true }) question: string | null;
  @Field(() => [LccOfferNameObject]) offers: LccOfferNameObject[];
  @Field(() => JsonObjectScalar, { description: 'The scenario, as @academy/lcc takes it' }) scenario: unknown;
  @Field(() => TextInfoObject) text: TextInfoObject;
}

@ObjectType('LccDefaults', { description: 'An edition’s local defaults for the calculator' })
export class LccDefaultsObject {
  @Field(() => String, { nullable: true }) currency: string | null;
  @Field(() => Number, { nullable: true }) discountRate: number | null;
}

@ArgsType()
class LccExerciseArgs extends ReleaseScopedArgs {
  @Field() @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'id must be an exercise id' }) id: string;
}

type ExerciseText = { title: string; contextHtml: string; question?: string; offers?: Record<string, string> };

function toExercise(e: ExerciseRow, release: ReleaseLocales, locale: string): LccExerciseObject {
  const { text, info } = pickText<ExerciseText>(e.texts, locale, release);
  const offers = ((e.scenario.offers ?? []) as { id: string }[]).map((o) => ({ id: o.id, name: text.offers?.[o.id] ?? o.id }));
  return { id: e.id, title: text.title, contextHtml: text.contextHtml, question: text.question ?? null, offers, scenario: e.scenario, text: info };
}

/** The curriculum's LCC exercises, as presets for the calculator and lesson exercises. */
@Resolver()
export class LccExerciseResolver {
  constructor(
    private readonly releases: ReleaseService,
    private readonly content: CurriculumContentService,
  ) {}

  @Allow('public')
  @Query(() => [LccExerciseObject])
  async lccExercises(@Args() args: ReleaseScopedArgs): Promise<LccExerciseObject[]> {
    const release = await this.releases.resolve(args.releaseId);
    return (await this.content.exercises(release.id)).map((e) => toExercise(e, release, args.locale));
  }

  @Allow('public')
  @Query(() => LccExerciseObject)
  async lccExercise(@Args() args: LccExerciseArgs): Promise<LccExerciseObject> {
    const release = await this.releases.resolve(args.releaseId);
    const row = (await this.content.exercises(release.id)).find((e) => e.id === args.id);
    if (!row) throw notFound(`The exercise "${args.id}"`);
    return toExercise(row, release, args.locale);
  }

  @Allow('public')
  @Query(() => LccDefaultsObject, { description: 'Currency and discount rate of a release’s edition (null in the core)' })
  async lccDefaults(@Args() args: ReleaseScopedArgs): Promise<LccDefaultsObject> {
    const release = await this.releases.resolve(args.releaseId);
    const edition = release.manifest.edition as { lccDefaults?: { currency?: string; discountRate?: number } } | null;
    return { currency: edition?.lccDefaults?.currency ?? null, discountRate: edition?.lccDefaults?.discountRate ?? null };
  }
}
