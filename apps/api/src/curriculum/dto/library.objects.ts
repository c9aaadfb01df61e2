import { Field, Int, ObjectType } from '@nestjs/graphql';
import { SourceObject, TextInfoObject } from './curriculum.objects.js';

@ObjectType('Practice')
export class PracticeObject {
  @Field() slug: string;
  @Field() title: string;
  @Field() organisation: string;
  @Field() country: string;
  @Field(() => String, { nullable: true }) city: string | null;
  @Field(() => Int) year: number;
  @Field() productGroup: string;
  @Field(() => [String]) strategies: string[];
  @Field(() => String, { nullable: true }) procedure: string | null;
  @Field() summary: string;
  @Field() results: string;
  @Field() lessons: string;
  @Field() html: string;
  @Field(() => [String]) tags: string[];
  @Field(() => [SourceObject]) sources: SourceObject[];
  @Field(() => TextInfoObject) text: TextInfoObject;
}

@ObjectType('PracticePage')
export class PracticePageObject {
  @Field(() => [PracticeObject]) items: PracticeObject[];
  @Field(() => Int) total: number;
  @Field(() => Int) offset: number;
  @Field(() => Int) limit: number;
}

@ObjectType('PracticeFacets', { description: 'Values present in the library, for filter menus' })
export class PracticeFacetsObject {
  @Field(() => [String]) productGroups: string[];
  @Field(() => [String]) countries: string[];
  @Field(() => [String]) strategies: string[];
  @Field(() => [Int]) years: number[];
}

@ObjectType('Criterion')
export class CriterionObject {
  @Field() id: string;
  @Field({ description: 'selection | specification | award | contract-clause' }) type: string;
  @Field({ description: 'basic | ambitious' }) level: string;
  @Field() text: string;
  @Field(() => String, { nullable: true }) verification: string | null;
}

@ObjectType('CriteriaSet')
export class CriteriaSetObject {
  @Field() productGroup: string;
  @Field() title: string;
  @Field() scope: string;
  @Field(() => [CriterionObject]) criteria: CriterionObject[];
  @Field(() => [SourceObject]) sources: SourceObject[];
  @Field(() => TextInfoObject) text: TextInfoObject;
}

@ObjectType('GlossaryTerm')
export class GlossaryTermObject {
  @Field() id: string;
  @Field() term: string;
  @Field() definition: string;
}

@ObjectType('TranslationStatusRow')
export class TranslationStatusRowObject {
  @Field({ description: 'module | course | assessment | exercise | practice | criteria | glossary' }) kind: string;
  @Field() id: string;
  @Field() locale: string;
  @Field({ description: 'complete | outdated | partial | missing' }) status: string;
  @Field(() => Int) complete: number;
  @Field(() => Int) outdated: number;
  @Field(() => Int) missing: number;
  @Field(() => Int, { description: 'Existing translations not reviewed by a native-speaking expert' }) unreviewed: number;
  @Field(() => Int) total: number;
  @Field(() => [String], { description: 'Files that are outdated or missing' }) needsWork: string[];
  @Field(() => [String], { description: 'Existing files not reviewed by a native-speaking expert' }) unreviewedFiles: string[];
}

@ObjectType('TranslationLocaleSummary')
export class TranslationLocaleSummaryObject {
  @Field() locale: string;
  @Field(() => Int) complete: number;
  @Field(() => Int) outdated: number;
  @Field(() => Int) missing: number;
  @Field(() => Int) unreviewed: number;
  @Field(() => Int) total: number;
  @Field() percent: number;
}

@ObjectType('TranslationStatus')
export class TranslationStatusObject {
  @Field() releaseId: string;
  @Field() version: string;
  @Field(() => String, { nullable: true }) edition: string | null;
  @Field(() => [String]) locales: string[];
  @Field(() => [TranslationLocaleSummaryObject]) summary: TranslationLocaleSummaryObject[];
  @Field(() => [TranslationStatusRowObject]) rows: TranslationStatusRowObject[];
}
