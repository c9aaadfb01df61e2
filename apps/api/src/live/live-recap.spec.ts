import { useFixtureApp } from '../../test/fixture-app.js';
import type { TestApp } from '../../test/test-app.js';
import {
  ANSWER,
  COHORT_LIVE,
  END,
  JOIN_LIVE,
  LAUNCH,
  REVEAL,
  RECAP,
  call,
  liveWorkshop,
  signedInUser,
  type LiveRecap,
} from './live.fixtures.js';

let t: TestApp;
let releaseId: string;
useFixtureApp((app) => {
  ({ t, releaseId } = app);
});

/** A session with a revealed poll-like quiz, an unrevealed quiz and an estimate, then ended. */
async function pastSession() {
  const w = await liveWorkshop(t, releaseId);
  const { host, ann, bob, live } = w;
  for (const p of [ann, bob])
    await call(p.client, 'joinLiveSession', JOIN_LIVE, { code: live.joinCode });
  const launch = async (i: object) =>
    (await call(host.client, 'launchLiveActivity', LAUNCH, { i: { liveSessionId: live.id, ...i } }))
      .state!.currentActivity!;
  const answer = (p: typeof ann, i: object) => call(p.client, 'answerLiveActivity', ANSWER, { i });

  const q1 = await launch({ kind: 'quiz', quizModule: 'intro', quizQuestion: 'linear-definition' });
  await answer(ann, { activityId: q1.id, choice: 'b' });
  await answer(bob, { activityId: q1.id, choice: 'a' });
  await call(host.client, 'revealLiveActivity', REVEAL, { id: q1.id });
  const q2 = await launch({ kind: 'quiz', quizModule: 'intro', quizQuestion: 'pick-strategies' });
  await answer(ann, { activityId: q2.id, choices: ['a'] });
  const est = await launch({ kind: 'estimate', prompt: 'Life-cycle cost of this chair?' });
  await answer(ann, { activityId: est.id, number: 400 });
  await answer(bob, { activityId: est.id, number: 600 });
  return { ...w, q1, q2, est };
}

type Gql<K extends string, T> = {
  data?: Record<K, T>;
  errors?: { extensions?: { code?: string } }[];
};

describe('live sessions afterwards', () => {
  it('gives each participant a recap once the session ends: their answers next to the results', async () => {
    const { host, ann, bob, live } = await pastSession();
    const early = (await ann.client.gql(RECAP, { id: live.id })) as Gql<'liveRecap', LiveRecap>;
    expect(early.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    await call(host.client, 'endLiveSession', END, { id: live.id });
    const res = (await ann.client.gql(RECAP, { id: live.id })) as Gql<'liveRecap', LiveRecap>;
    expect(res.errors).toBeUndefined();
    const recap = res.data!.liveRecap;
    expect(recap.endedAt).not.toBeNull();
    expect(recap.participantCount).toBe(2);
    const [q1, q2, est] = recap.activities;
    expect(q1).toMatchObject({
      kind: 'quiz',
      viewerAnswer: { choice: 'b' },
      viewerCorrect: true,
      correctOptionIds: ['b'],
    });
    expect(q1!.results!.correctCount).toBe(1);
    // Never revealed during the session, but the recap shows the key once it has ended.
    expect(q2).toMatchObject({
      multiple: true,
      state: 'locked',
      viewerAnswer: { choices: ['a'] },
      viewerCorrect: false,
      correctOptionIds: ['a', 'c'],
    });
    expect(est!.viewerAnswer?.number).toBe(400);
    expect(est!.results!.estimate?.median).toBe(500);
    expect(recap.activities.every((a) => a.notAnswered === null)).toBe(true);
    expect(JSON.stringify(recap)).not.toContain(bob.id); // anonymous

    const bobs = (await bob.client.gql(RECAP, { id: live.id })) as Gql<'liveRecap', LiveRecap>;
    expect(bobs.data!.liveRecap.activities[1]!.viewerAnswer).toBeNull();
    const stranger = await signedInUser(t);
    const refused = (await stranger.client.gql(RECAP, { id: live.id })) as Gql<
      'liveRecap',
      LiveRecap
    >;
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lists the cohort’s live sessions for its hosts: participation and results per activity', async () => {
    const { host, ann, cohort, live } = await pastSession();
    await call(host.client, 'endLiveSession', END, { id: live.id });
    const res = (await host.client.gql(COHORT_LIVE, { id: cohort.id })) as Gql<
      'cohortLiveSessions',
      LiveRecap[]
    >;
    expect(res.errors).toBeUndefined();
    const [past] = res.data!.cohortLiveSessions;
    expect(past).toMatchObject({ id: live.id, participantCount: 2, viewerTable: null });
    expect(past!.activities.map((a) => [a.kind, a.results?.answerCount])).toEqual([
      ['quiz', 2],
      ['quiz', 1],
      ['estimate', 2],
    ]);
    expect(past!.activities[1]!.results!.options.find((o) => o.optionId === 'a')?.count).toBe(1);

    const learner = (await ann.client.gql(COHORT_LIVE, { id: cohort.id })) as Gql<'x', unknown>;
    expect(learner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherHost = await signedInUser(t, 'host');
    const other = (await otherHost.client.gql(COHORT_LIVE, { id: cohort.id })) as Gql<'x', unknown>;
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
