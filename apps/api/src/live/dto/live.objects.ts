import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum LiveActivityKindValue {
  poll = 'poll',
  estimate = 'estimate',
  words = 'words',
  quiz = 'quiz',
  ranking = 'ranking',
}
registerEnumType(LiveActivityKindValue, { name: 'LiveActivityKind' });

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
}

@ObjectType('LiveParticipant')
export class LiveParticipantObject {
  @Field(() => ID) userId: string;
  @Field() displayName: string;
}

@ObjectType('LiveAnswer')
export class LiveAnswerObject {
  @Field(() => String, { nullable: true }) choice: string | null;
  @Field(() => Float, { nullable: true }) number: number | null;
  @Field(() => String, { nullable: true }) text: string | null;
  @Field(() => [String], { nullable: true }) order: string[] | null;
}

@ObjectType('LiveActivity')
export class LiveActivityObject {
  @Field(() => ID) id: string;
  @Field(() => Int) position: number;
  @Field(() => LiveActivityKindValue) kind: LiveActivityKindValue;
  @Field() prompt: string;
  @Field(() => [LiveOptionObject]) options: LiveOptionObject[];
  @Field(() => LiveActivityStateValue) state: LiveActivityStateValue;
  @Field(() => [String], { nullable: true, description: 'Quiz only, and only once revealed' })
  correctOptionIds: string[] | null;
  @Field(() => LiveAnswerObject, { nullable: true, description: 'The viewer’s own answer' })
  viewerAnswer: LiveAnswerObject | null;
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
}

@ObjectType('LiveEvent', {
  description: 'A hint that the live state changed: fetch liveSession again',
})
export class LiveEventObject {
  @Field(() => ID) liveSessionId: string;
  @Field({ description: 'activity, answers, participants or ended' }) kind: string;
}

@ObjectType('LiveQuizQuestion', {
  description: 'A single-choice question of the session’s modules',
})
export class LiveQuizQuestionObject {
  @Field() module: string;
  @Field() id: string;
  @Field() prompt: string;
}
