import { useFixtureApp } from '../../test/fixture-app.js';
import type { TestApp, TestClient } from '../../test/test-app.js';
import { addMembersInDb } from '../cohorts/cohort.fixtures.js';
import {
  JOIN_LIVE,
  LOCK,
  REVEAL,
  SPLIT,
  call,
  liveWorkshop,
  signedInUser,
} from './live.fixtures.js';

let t: TestApp;
let releaseId: string;
useFixtureApp((app) => {
  ({ t, releaseId } = app);
});

const LCC_STATE = `id currentActivity { id kind state byTable prompt
  lcc { exerciseId title question currency periodYears discountRate modelAnswer { offerId name total rank } }
  viewerAnswer { offer { purchase yearlyCost endOfLifeValue } }
  results { answerCount lccRanking { tableNo label total rank offer { purchase yearlyCost endOfLifeValue } } }
  notAnswered { userId } }`;
const LAUNCH_LCC = `mutation($i: LaunchLiveActivityInput!) { launchLiveActivity(input: $i) { ${LCC_STATE} } }`;
const ANSWER_LCC = `mutation($i: AnswerLiveActivityInput!) { answerLiveActivity(input: $i) { ${LCC_STATE} } }`;
const LIVE_LCC = `query($id: ID!) { liveSession(id: $id) { ${LCC_STATE} } }`;
const EXERCISES = `query($id: ID!) { liveLccExercises(liveSessionId: $id) { id title } }`;

type LccView = {
  id: string;
  kind: string;
  state: string;
  byTable: boolean;
  prompt: string;
  lcc: {
    exerciseId: string;
    title: string;
    periodYears: number;
    discountRate: number;
    currency: string;
    modelAnswer: { offerId: string; name: string; total: number; rank: number }[] | null;
  } | null;
  viewerAnswer: { offer: { purchase: number } | null } | null;
  results: {
    answerCount: number;
    lccRanking: { tableNo: number; total: number; rank: number; offer: { purchase: number } }[];
  } | null;
  notAnswered: { userId: string }[] | null;
};

async function gql(client: TestClient, query: string, variables: Record<string, unknown>) {
  const res = await client.gql(query, variables);
  const data = res.data ? (Object.values(res.data)[0] as { currentActivity: LccView }) : null;
  return { activity: data?.currentActivity ?? null, code: res.errors?.[0]?.extensions?.code, res };
}

// The fixture exercise "lamps": 15 years at 3 %; offer a 120 000 + 5 000 a year, b 160 000 + 1 000.
const AF = (1 - 1.03 ** -15) / 0.03;
const lcc = (purchase: number, yearly: number, back: number) =>
  purchase + yearly * AF - back / 1.03 ** 15;

/** A workshop of four participants at two tables of two. */
async function seatedRoom() {
  const w = await liveWorkshop(t, releaseId);
  const more = [await signedInUser(t), await signedInUser(t)];
  await addMembersInDb(
    t,
    w.cohort.id,
    more.map((p) => p.id),
  );
  const people = [w.ann, w.bob, ...more];
  for (const p of people)
    await call(p.client, 'joinLiveSession', JOIN_LIVE, { code: w.live.joinCode });
  return { ...w, people };
}

describe('live LCC exercise', () => {
  it('ranks the tables’ offers by life-cycle cost and reveals the model answer', async () => {
    const { host, people, live } = await seatedRoom();
    const exercises = await host.client.gql<{ liveLccExercises: { id: string }[] }>(EXERCISES, {
      id: live.id,
    });
    expect(exercises.data!.liveLccExercises.map((e) => e.id)).toEqual(['lamps']);
    const launchInput = { liveSessionId: live.id, kind: 'lcc', lccExercise: 'lamps' };
    // A table exercise: the room is split first.
    expect((await gql(host.client, LAUNCH_LCC, { i: launchInput })).code).toBe('CONFLICT');
    const split = await call(host.client, 'splitLiveTables', SPLIT, {
      i: { liveSessionId: live.id, mode: 'random', tables: 2 },
    });
    const tables = split.state!.tables.map((x) => x.members!.map((m) => m.userId));
    const member = (table: number, i: number) => people.find((p) => p.id === tables[table]![i])!;
    expect(
      (await gql(host.client, LAUNCH_LCC, { i: { ...launchInput, lccExercise: 'no-such' } })).code,
    ).toBe('BAD_USER_INPUT');

    const launched = await gql(host.client, LAUNCH_LCC, { i: launchInput });
    expect(launched.code).toBeUndefined();
    const activity = launched.activity!;
    expect(activity).toMatchObject({ kind: 'lcc', byTable: true, prompt: 'LED retrofit' });
    expect(activity.lcc).toMatchObject({ periodYears: 15, discountRate: 0.03, currency: 'EUR' });
    expect(activity.lcc!.modelAnswer).toBeNull(); // not before the reveal

    const offer = (purchase: number, yearlyCost: number, endOfLifeValue: number) => ({
      i: { activityId: activity.id, offer: { purchase, yearlyCost, endOfLifeValue } },
    });
    const first = await gql(member(0, 0).client, ANSWER_LCC, offer(100000, 2000, 10000));
    expect(first.code).toBeUndefined();
    // Participants see no ranking while the activity is open.
    expect(first.activity!.results).toBeNull();
    let view = (await gql(host.client, LIVE_LCC, { id: live.id })).activity!;
    expect(view.results!.lccRanking).toHaveLength(1);
    expect(view.results!.lccRanking[0]!.total).toBeCloseTo(lcc(100000, 2000, 10000), 1);

    await gql(member(1, 0).client, ANSWER_LCC, offer(90000, 3000, 0));
    view = (await gql(host.client, LIVE_LCC, { id: live.id })).activity!;
    const t1 = split.state!.tables[0]!.tableNo;
    const t2 = split.state!.tables[1]!.tableNo;
    expect(view.results!.lccRanking.map((r) => [r.tableNo, r.rank])).toEqual([
      [t1, 1],
      [t2, 2],
    ]);
    expect(view.results!.lccRanking[1]!.total).toBeCloseTo(lcc(90000, 3000, 0), 1);

    // The second table improves its offer: the ranking turns round.
    await gql(member(1, 1).client, ANSWER_LCC, offer(80000, 2000, 20000));
    view = (await gql(host.client, LIVE_LCC, { id: live.id })).activity!;
    expect(view.results!.answerCount).toBe(2);
    expect(view.results!.lccRanking.map((r) => [r.tableNo, r.rank, r.offer.purchase])).toEqual([
      [t2, 1, 80000],
      [t1, 2, 100000],
    ]);
    expect(view.notAnswered).toEqual([]);

    await call(host.client, 'lockLiveActivity', LOCK, { id: activity.id });
    const phone = (await gql(member(0, 1).client, LIVE_LCC, { id: live.id })).activity!;
    expect(phone.viewerAnswer!.offer!.purchase).toBe(100000); // the table's offer
    expect(phone.results!.lccRanking).toHaveLength(2);
    expect(phone.lcc!.modelAnswer).toBeNull();

    await call(host.client, 'revealLiveActivity', REVEAL, { id: activity.id });
    const revealed = (await gql(member(0, 1).client, LIVE_LCC, { id: live.id })).activity!;
    expect(revealed.lcc!.modelAnswer!.map((o) => [o.offerId, o.name, o.rank])).toEqual([
      ['b', 'LED lamps', 1],
      ['a', 'Old lamps', 2],
    ]);
    expect(revealed.lcc!.modelAnswer![0]!.total).toBeCloseTo(lcc(160000, 1000, 0), 1);
    expect(revealed.lcc!.modelAnswer![1]!.total).toBeCloseTo(lcc(120000, 5000, 0), 1);

    // The export lists each table's life-cycle cost.
    const csv = await host.client.agent
      .get(`/live/${live.id}/results.csv?separator=comma`)
      .set('Cookie', `academy_session=${host.token}`);
    expect(csv.text).toContain(`table ${t2},${Math.round(lcc(80000, 2000, 20000) * 100) / 100}`);
  });

  it('refuses bad offers with BAD_USER_INPUT and counts one offer per table', async () => {
    const { host, people, live } = await seatedRoom();
    const split = await call(host.client, 'splitLiveTables', SPLIT, {
      i: { liveSessionId: live.id, mode: 'random', tables: 2 },
    });
    const tables = split.state!.tables.map((x) => x.members!.map((m) => m.userId));
    const member = (table: number, i: number) => people.find((p) => p.id === tables[table]![i])!;
    const { activity } = await gql(host.client, LAUNCH_LCC, {
      i: { liveSessionId: live.id, kind: 'lcc', lccExercise: 'lamps' },
    });
    const answer = (who: (typeof people)[number], offer: unknown) =>
      gql(who.client, ANSWER_LCC, { i: { activityId: activity!.id, offer } });
    const ann = member(0, 0);
    const negative = await answer(ann, { purchase: -1, yearlyCost: 0, endOfLifeValue: 0 });
    expect(negative.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(negative.res.errors)).toContain('purchase');
    expect((await answer(ann, { purchase: 2e12, yearlyCost: 0, endOfLifeValue: 0 })).code).toBe(
      'BAD_USER_INPUT',
    );
    // A number the offer does not have is not an offer.
    const none = await gql(ann.client, ANSWER_LCC, { i: { activityId: activity!.id, number: 5 } });
    expect(none.code).toBe('BAD_USER_INPUT');
    // GraphQL itself refuses a missing figure.
    expect((await answer(ann, { purchase: 1, yearlyCost: 1 })).res.errors).toBeDefined();

    // Both members of a table, answering at once: one offer for the table, never two.
    await Promise.all([
      answer(member(0, 0), { purchase: 1000, yearlyCost: 10, endOfLifeValue: 0 }),
      answer(member(0, 1), { purchase: 2000, yearlyCost: 10, endOfLifeValue: 0 }),
      answer(member(0, 0), { purchase: 3000, yearlyCost: 10, endOfLifeValue: 0 }),
    ]);
    const stored = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM live_answers WHERE activity_id = $1`,
      [activity!.id],
    );
    expect(stored[0]!.n).toBe(1);
    const view = (await gql(host.client, LIVE_LCC, { id: live.id })).activity!;
    expect(view.results!.answerCount).toBe(1);
    expect(view.results!.lccRanking).toHaveLength(1);

    // No offer after the lock.
    await call(host.client, 'lockLiveActivity', LOCK, { id: activity!.id });
    expect(
      (await answer(member(1, 0), { purchase: 1, yearlyCost: 1, endOfLifeValue: 0 })).code,
    ).toBe('CONFLICT');
  });
});
