import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum LiveActivityKindValue {
  poll = 'poll',
  estimate = 'estimate',
  words = 'words',
  quiz = 'quiz',
  ranking = 'ranking',
  lcc = 'lcc',
}
registerEnumType(LiveActivityKindValue, { name: 'LiveActivityKind' });

export enum LiveTableModeValue {
  random = 'random',
  organisation = 'organisation',
}
registerEnumType(LiveTableModeValue, { name: 'LiveTableMode' });

export enum LiveActivityStateValue {
  open = 'open',
  locked = 'locked',
  revealed = 'revealed',
}
registerEnumType(LiveActivityStateValue, { name: 'LiveActivityState' });

@ObjectType('LiveOption')
export class LiveOptionObject {
  @Field() id: string;
  @Field() label: string;
}

@ObjectType('LiveOptionCount')
export class LiveOptionCountObject {
  @Field() optionId: string;
  @Field(() => Int) count: number;
}

@ObjectType('LiveWord')
export class LiveWordObject {
  @Field() word: string;
  @Field(() => Int) count: number;
}

@ObjectType('LiveRank', { description: 'A ranking option and its mean position (1 = first)' })
export class LiveRankObject {
  @Field() optionId: string;
  @Field(() => Float) meanPosition: number;
}

@ObjectType('LiveEstimate')
export class LiveEstimateObject {
  @Field(() => Float) min: number;
  @Field(() => Float) max: number;
  @Field(() => Float) median: number;
  @Field(() => Float) mean: number;
}

@ObjectType('LiveLccOffer', { description: 'A table’s offer in an LCC exercise' })
export class LiveLccOfferObject {
  @Field(() => Float) purchase: number;
  @Field(() => Float) yearlyCost: number;
  @Field(() => Float) endOfLifeValue: number;
}

@ObjectType('LiveLccRankedTable', { description: 'A table’s offer and its life-cycle cost' })
export class LiveLccRankedTableObject {
  @Field(() => Int) tableNo: number;
  @Field(() => String, { nullable: true }) label: string | null;
  @Field(() => LiveLccOfferObject) offer: LiveLccOfferObject;
  @Field(() => Float, { description: 'Life-cycle cost (present value), computed by @academy/lcc' })
  total: number;
  @Field(() => Int, { description: '1 = cheapest; equal totals share a rank' }) rank: number;
}

@ObjectType('LiveLccModelOffer', { description: 'One offer of the exercise’s model answer' })
export class LiveLccModelOfferObject {
  @Field() offerId: string;
  @Field() name: string;
  @Field(() => Float) total: number;
  @Field(() => Int) rank: number;
}

@ObjectType('LiveLccExercise', { description: 'The curriculum LCC exercise a live activity runs' })
export class LiveLccExerciseObject {
  @Field() exerciseId: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) question: string | null;
  @Field() currency: string;
  @Field(() => Int) periodYears: number;
  @Field(() => Float) discountRate: number;
  @Field(() => [LiveLccModelOfferObject], {
    nullable: true,
    description: 'The exercise’s offers ranked by life-cycle cost; once revealed',
  })
  modelAnswer: LiveLccModelOfferObject[] | null;
}

@ObjectType('LiveLccExerciseChoice', { description: 'An LCC exercise the host may launch' })
export class LiveLccExerciseChoiceObject {
  @Field() id: string;
  @Field() title: string;
}

@ObjectType('LiveAnswer')
export class LiveAnswerObject {
  @Field(() => String, { nullable: true }) choice: string | null;
  @Field(() => [String], { nullable: true }) choices: string[] | null;
  @Field(() => Float, { nullable: true }) number: number | null;
  @Field(() => String, { nullable: true }) text: string | null;
  @Field(() => [String], { nullable: true }) order: string[] | null;
  @Field(() => LiveLccOfferObject, { nullable: true }) offer: LiveLccOfferObject | null;
}

@ObjectType('LiveTableAnswer', { description: 'A group activity: what one table answered' })
export class LiveTableAnswerObject {
  @Field(() => Int) tableNo: number;
  @Field(() => String, { nullable: true }) label: string | null;
  @Field(() => LiveAnswerObject, { nullable: true }) answer: LiveAnswerObject | null;
}

@ObjectType('LiveResults', { description: 'Anonymous: counts only, never who answered what' })
export class LiveResultsObject {
  @Field(() => Int) answerCount: number;
  @Field(() => [LiveOptionCountObject]) options: LiveOptionCountObject[];
  @Field(() => [LiveWordObject]) words: LiveWordObject[];
  @Field(() => [LiveRankObject], { description: 'Ranking only: best mean position first' })
  ranking: LiveRankObject[];
  @Field(() => LiveEstimateObject, { nullable: true }) estimate: LiveEstimateObject | null;
  @Field(() => Int, { nullable: true, description: 'Quiz only, once revealed' })
  correctCount: number | null;
  @Field(() => [LiveTableAnswerObject], {
    description: 'Group activities: every table, and its answer once given',
  })
  tables: LiveTableAnswerObject[];
  @Field(() => [LiveLccRankedTableObject], {
    description: 'LCC exercise: tables with an offer, cheapest life-cycle cost first',
  })
  lccRanking: LiveLccRankedTableObject[];
}

@ObjectType('LiveParticipant')
export class LiveParticipantObject {
  @Field(() => ID) userId: string;
  @Field() displayName: string;
}

@ObjectType('LiveActivity')
export class LiveActivityObject {
  @Field(() => ID) id: string;
  @Field(() => Int) position: number;
  @Field(() => LiveActivityKindValue) kind: LiveActivityKindValue;
  @Field() prompt: string;
  @Field(() => [LiveOptionObject]) options: LiveOptionObject[];
  @Field(() => LiveActivityStateValue) state: LiveActivityStateValue;
  @Field({ description: 'Quiz only: pick every right option' }) multiple: boolean;
  @Field({ description: 'A group activity: one answer per table' }) byTable: boolean;
  @Field(() => [String], { nullable: true, description: 'Quiz only, and only once revealed' })
  correctOptionIds: string[] | null;
  @Field(() => LiveAnswerObject, {
    nullable: true,
    description: 'The viewer’s own answer (group activities: their table’s)',
  })
  viewerAnswer: LiveAnswerObject | null;
  @Field(() => LiveLccExerciseObject, { nullable: true, description: 'LCC exercise only' })
  lcc: LiveLccExerciseObject | null;
  @Field(() => Boolean, { nullable: true, description: 'Quiz only, once revealed' })
  viewerCorrect: boolean | null;
  @Field(() => LiveResultsObject, {
    nullable: true,
    description: 'For the host always; for participants once locked or revealed',
  })
  results: LiveResultsObject | null;
  @Field(() => [LiveParticipantObject], {
    nullable: true,
    description: 'Host only: joined participants who have not answered yet',
  })
  notAnswered: LiveParticipantObject[] | null;
}

@ObjectType('LiveTable')
export class LiveTableObject {
  @Field(() => Int) tableNo: number;
  @Field(() => String, { nullable: true, description: 'The organisation, when split by it' })
  label: string | null;
  @Field(() => Int) memberCount: number;
  @Field(() => [LiveParticipantObject], { nullable: true, description: 'Host only' })
  members: LiveParticipantObject[] | null;
}

@ObjectType('LiveSession', {
  description: 'The live state of a workshop; poll it when WebSockets are blocked',
})
export class LiveSessionObject {
  @Field(() => ID) id: string;
  @Field(() => ID) cohortSessionId: string;
  @Field(() => ID) cohortId: string;
  @Field() title: string;
  @Field() joinCode: string;
  @Field(() => Date, { nullable: true }) endedAt: Date | null;
  @Field() viewerIsHost: boolean;
  @Field(() => Int) participantCount: number;
  @Field(() => LiveActivityObject, { nullable: true }) currentActivity: LiveActivityObject | null;
  @Field(() => [LiveTableObject], { description: 'Empty until the host splits the room' })
  tables: LiveTableObject[];
  @Field(() => Int, { nullable: true, description: 'The participant’s own table' })
  viewerTable: number | null;
  @Field(() => Int, { description: 'The slide on the projector (0-based; see liveSlides)' })
  slideIndex: number;
}

@ObjectType('LiveSlide', { description: 'A slide for the projector' })
export class LiveSlideObject {
  @Field() module: string;
  @Field() moduleTitle: string;
  @Field({ description: 'kit (the workshop kit’s slide) or headings (a lesson heading)' })
  source: string;
  @Field(() => String, { nullable: true, description: 'Kit slides: sanitised HTML' })
  html: string | null;
  @Field(() => String, { nullable: true, description: 'Lesson headings: the lesson title' })
  heading: string | null;
}

@ObjectType('LiveRecap', {
  description:
    'A live session afterwards: every activity with its results (and the viewer’s answers)',
})
export class LiveRecapObject {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => Date) startedAt: Date;
  @Field(() => Date, { nullable: true }) endedAt: Date | null;
  @Field(() => Int) participantCount: number;
  @Field(() => Int, { nullable: true }) viewerTable: number | null;
  @Field(() => [LiveActivityObject]) activities: LiveActivityObject[];
}

@ObjectType('LiveEvent', {
  description: 'A hint that the live state changed: fetch liveSession again',
})
export class LiveEventObject {
  @Field(() => ID) liveSessionId: string;
  @Field({ description: 'activity, answers, participants, slide or ended' }) kind: string;
}

@ObjectType('LiveQuizQuestion', {
  description: 'A single- or multiple-answer question of the session’s modules',
})
export class LiveQuizQuestionObject {
  @Field() module: string;
  @Field() id: string;
  @Field() prompt: string;
  @Field({ description: 'A multiple-answer question' }) multiple: boolean;
}
