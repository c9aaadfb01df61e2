import { randomBytes } from 'node:crypto';
import { useFixtureApp } from '../../test/fixture-app.js';
import type { TestApp } from '../../test/test-app.js';
import { addMembersInDb } from '../cohorts/cohort.fixtures.js';
import {
  ANSWER,
  JOIN_LIVE,
  LAUNCH,
  LIVE,
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

/** A workshop with `extra` more participants, everyone joined. */
async function room(extra: number) {
  const w = await liveWorkshop(t, releaseId);
  const more = [];
  for (let i = 0; i < extra; i++) more.push(await signedInUser(t));
  await addMembersInDb(
    t,
    w.cohort.id,
    more.map((p) => p.id),
  );
  const people = [w.ann, w.bob, ...more];
  for (const p of people)
    expect(
      (await call(p.client, 'joinLiveSession', JOIN_LIVE, { code: w.live.joinCode })).code,
    ).toBeUndefined();
  return { ...w, people };
}

async function organisation(userIds: string[], name: string) {
  const [org] = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO organisations (name, country, kind) VALUES ($1, 'NL', 'city') RETURNING id`,
    [name],
  );
  await t.dataSource.query(`UPDATE users SET organisation_id = $1 WHERE id = ANY($2::uuid[])`, [
    org!.id,
    userIds,
  ]);
}

describe('live tables and group activities', () => {
  it('splits the room at random into even tables; a late arrival sits at the emptiest', async () => {
    const { host, people, live, cohort } = await room(3); // 5 participants
    const split = await call(host.client, 'splitLiveTables', SPLIT, {
      i: { liveSessionId: live.id, mode: 'random', tables: 2 },
    });
    expect(split.code).toBeUndefined();
    const tables = split.state!.tables;
    expect(tables.map((x) => x.memberCount).sort()).toEqual([2, 3]);
    const seated = tables.flatMap((x) => x.members!.map((m) => m.userId)).sort();
    expect(seated).toEqual(people.map((p) => p.id).sort());

    const mine = await call(people[0]!.client, 'liveSession', LIVE, { id: live.id });
    expect(mine.state!.viewerTable).toBeGreaterThanOrEqual(1);
    expect(mine.state!.tables.every((x) => x.members === null)).toBe(true); // names: host only

    const late = await signedInUser(t);
    await addMembersInDb(t, cohort.id, [late.id]);
    const joined = await call(late.client, 'joinLiveSession', JOIN_LIVE, { code: live.joinCode });
    const emptiest = tables.find((x) => x.memberCount === 2)!.tableNo;
    expect(joined.state!.viewerTable).toBe(emptiest);

    // Only the host splits.
    expect(
      (
        await call(people[0]!.client, 'splitLiveTables', SPLIT, {
          i: { liveSessionId: live.id, mode: 'random', tables: 2 },
        })
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('seats people by organisation, those who named none together', async () => {
    const { host, people, live } = await room(3);
    const name = (s: string) => `${s} ${randomBytes(3).toString('hex')}`;
    const [zeist, arnhem] = [name('Zeist'), name('Arnhem')];
    await organisation([people[0]!.id, people[1]!.id], zeist);
    await organisation([people[2]!.id], arnhem);
    const split = await call(host.client, 'splitLiveTables', SPLIT, {
      i: { liveSessionId: live.id, mode: 'organisation' },
    });
    expect(split.code).toBeUndefined();
    expect(
      split.state!.tables.map((x) => ({
        label: x.label,
        ids: x.members!.map((m) => m.userId).sort(),
      })),
    ).toEqual([
      { label: arnhem, ids: [people[2]!.id] },
      { label: zeist, ids: [people[0]!.id, people[1]!.id].sort() },
      { label: null, ids: [people[3]!.id, people[4]!.id].sort() },
    ]);
  });

  it('takes one answer per table from any member; the projector shows each table', async () => {
    const { host, people, live } = await room(2); // 4 participants
    const poll = {
      liveSessionId: live.id,
      kind: 'poll',
      prompt: 'Which offer does your table choose?',
      options: ['Refurbished', 'New'],
      byTable: true,
    };
    // No group activity before the room is split.
    expect((await call(host.client, 'launchLiveActivity', LAUNCH, { i: poll })).code).toBe(
      'CONFLICT',
    );
    const split = await call(host.client, 'splitLiveTables', SPLIT, {
      i: { liveSessionId: live.id, mode: 'random', tables: 2 },
    });
    const tables = split.state!.tables.map((x) => x.members!.map((m) => m.userId));
    const member = (table: number, i: number) => people.find((p) => p.id === tables[table]![i])!;

    const launched = await call(host.client, 'launchLiveActivity', LAUNCH, { i: poll });
    const activity = launched.state!.currentActivity!;
    expect(activity.byTable).toBe(true);

    const first = await call(member(0, 0).client, 'answerLiveActivity', ANSWER, {
      i: { activityId: activity.id, choice: 'o1' },
    });
    expect(first.code).toBeUndefined();
    // The teammate sees the table's answer and replaces it.
    const teammate = await call(member(0, 1).client, 'liveSession', LIVE, { id: live.id });
    expect(teammate.state!.currentActivity!.viewerAnswer?.choice).toBe('o1');
    await call(member(0, 1).client, 'answerLiveActivity', ANSWER, {
      i: { activityId: activity.id, choice: 'o2' },
    });
    // The other table has not answered: its members are listed, the first table's are not.
    let view = (await call(host.client, 'liveSession', LIVE, { id: live.id })).state!
      .currentActivity!;
    expect(view.notAnswered!.map((p) => p.userId).sort()).toEqual([...tables[1]!].sort());
    await call(member(1, 1).client, 'answerLiveActivity', ANSWER, {
      i: { activityId: activity.id, choice: 'o2' },
    });

    view = (await call(host.client, 'liveSession', LIVE, { id: live.id })).state!.currentActivity!;
    expect(view.results!.answerCount).toBe(2); // one per table
    expect(view.results!.options).toEqual([
      { optionId: 'o1', count: 0 },
      { optionId: 'o2', count: 2 },
    ]);
    expect(view.results!.tables.map((x) => [x.tableNo, x.answer?.choice])).toEqual([
      [1, 'o2'],
      [2, 'o2'],
    ]);
    expect(view.notAnswered).toEqual([]);
    const stored = await t.dataSource.query<{ table_no: number }[]>(
      `SELECT table_no FROM live_answers WHERE activity_id = $1 ORDER BY table_no`,
      [activity.id],
    );
    expect(stored).toEqual([{ table_no: 1 }, { table_no: 2 }]);

    // Participants see every table's answer once locked, still without names.
    await call(host.client, 'lockLiveActivity', LOCK, { id: activity.id });
    const phone = await call(member(1, 0).client, 'liveSession', LIVE, { id: live.id });
    expect(phone.state!.currentActivity!.results!.tables).toHaveLength(2);
    expect(JSON.stringify(phone.state)).not.toContain(member(1, 1).id);
  });

  it('asks multiple-answer quiz questions: every right option, and only those', async () => {
    const { host, people, live } = await room(1);
    const launched = await call(host.client, 'launchLiveActivity', LAUNCH, {
      i: {
        liveSessionId: live.id,
        kind: 'quiz',
        quizModule: 'intro',
        quizQuestion: 'pick-strategies',
      },
    });
    expect(launched.code).toBeUndefined();
    const activity = launched.state!.currentActivity!;
    expect(activity.multiple).toBe(true);
    const [ann, bob, cy] = people;
    const single = await call(ann!.client, 'answerLiveActivity', ANSWER, {
      i: { activityId: activity.id, choice: 'a' },
    });
    expect(single.code).toBe('BAD_USER_INPUT');
    const unknown = await call(ann!.client, 'answerLiveActivity', ANSWER, {
      i: { activityId: activity.id, choices: ['a', 'z'] },
    });
    expect(unknown.code).toBe('BAD_USER_INPUT');
    await call(ann!.client, 'answerLiveActivity', ANSWER, {
      i: { activityId: activity.id, choices: ['c', 'a'] },
    });
    await call(bob!.client, 'answerLiveActivity', ANSWER, {
      i: { activityId: activity.id, choices: ['a'] },
    });
    await call(cy!.client, 'answerLiveActivity', ANSWER, {
      i: { activityId: activity.id, choices: ['a', 'b', 'c'] },
    });
    await call(host.client, 'revealLiveActivity', REVEAL, { id: activity.id });
    const shown = (await call(ann!.client, 'liveSession', LIVE, { id: live.id })).state!
      .currentActivity!;
    expect(shown.correctOptionIds).toEqual(['a', 'c']);
    expect(shown.viewerCorrect).toBe(true);
    expect(shown.viewerAnswer?.choices).toEqual(['a', 'c']);
    expect(shown.results!.correctCount).toBe(1);
    expect(shown.results!.options).toEqual([
      { optionId: 'a', count: 3 },
      { optionId: 'b', count: 1 },
      { optionId: 'c', count: 2 },
      { optionId: 'd', count: 0 },
    ]);

    // Item analysis in the export: the spread of options and the share of right answers.
    const csv = await host.client.agent
      .get(`/live/${live.id}/results.csv?separator=comma`)
      .set('Cookie', `academy_session=${host.token}`);
    expect(csv.status).toBe(200);
    expect(csv.text).toContain('share correct,0.333');
    expect(csv.text).toMatch(/Reuse,3,yes/);
    expect(csv.text).toMatch(/Burn,1,no/);
  });
});
