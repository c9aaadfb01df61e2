import { useFixtureApp } from '../../test/fixture-app.js';
import type { TestApp } from '../../test/test-app.js';
import { addMembersInDb } from '../cohorts/cohort.fixtures.js';
import { PrivacyService } from '../privacy/privacy.service.js';
import {
  ANSWER,
  END,
  JOIN_LIVE,
  LAUNCH,
  LIVE,
  LOCK,
  REVEAL,
  START,
  call,
  liveWorkshop,
  signedInUser,
} from './live.fixtures.js';

let t: TestApp;
let releaseId: string;
useFixtureApp((app) => {
  ({ t, releaseId } = app);
});
const workshop = () => liveWorkshop(t, releaseId);

describe('live workshops', () => {
  it('starts once per cohort session with a short code; joining records attendance', async () => {
    const { host, sessionId, ann, live } = await workshop();
    expect(live.joinCode).toMatch(/^[2-9A-Z]{6}$/);
    const again = await call(host.client, 'startLiveSession', START, { id: sessionId });
    expect(again.state?.id).toBe(live.id);

    const joined = await call(ann.client, 'joinLiveSession', JOIN_LIVE, {
      code: live.joinCode.toLowerCase().replace(/^(...)/, '$1-'),
    });
    expect(joined.code).toBeUndefined();
    expect(joined.state).toMatchObject({ id: live.id, viewerIsHost: false, participantCount: 1 });
    const attendance = await t.dataSource.query<{ status: string; marked_by: string | null }[]>(
      `SELECT status, marked_by FROM cohort_attendance WHERE session_id = $1 AND user_id = $2`,
      [sessionId, ann.id],
    );
    expect(attendance).toEqual([{ status: 'present', marked_by: null }]);
    // Joining twice counts once.
    await call(ann.client, 'joinLiveSession', JOIN_LIVE, { code: live.joinCode });
    expect(
      (await call(host.client, 'liveSession', LIVE, { id: live.id })).state?.participantCount,
    ).toBe(1);
  });

  it('refuses strangers and learners: join, view and launch', async () => {
    const { host, ann, live } = await workshop();
    const stranger = await signedInUser(t);
    expect(
      (await call(stranger.client, 'joinLiveSession', JOIN_LIVE, { code: live.joinCode })).code,
    ).toBe('NOT_FOUND');
    expect((await call(stranger.client, 'liveSession', LIVE, { id: live.id })).code).toBe(
      'NOT_FOUND',
    );
    // A participant who has not joined yet cannot read it either.
    expect((await call(ann.client, 'liveSession', LIVE, { id: live.id })).code).toBe('NOT_FOUND');
    await call(ann.client, 'joinLiveSession', JOIN_LIVE, { code: live.joinCode });
    const launch = {
      i: { liveSessionId: live.id, kind: 'poll', prompt: 'Best?', options: ['A', 'B'] },
    };
    expect((await call(ann.client, 'launchLiveActivity', LAUNCH, launch)).code).toBe('FORBIDDEN');
    const otherHost = await signedInUser(t, 'host');
    expect((await call(otherHost.client, 'launchLiveActivity', LAUNCH, launch)).code).toBe(
      'NOT_FOUND',
    );
    expect((await call(host.client, 'launchLiveActivity', LAUNCH, launch)).code).toBeUndefined();
  });

  it('takes one answer per participant, replaced until locked; results are anonymous counts', async () => {
    const { host, ann, bob, live } = await workshop();
    for (const p of [ann, bob])
      await call(p.client, 'joinLiveSession', JOIN_LIVE, { code: live.joinCode });
    const launched = await call(host.client, 'launchLiveActivity', LAUNCH, {
      i: {
        liveSessionId: live.id,
        kind: 'poll',
        prompt: 'Which strategy first?',
        options: ['Reuse', 'Repair', 'Recycle'],
      },
    });
    const activity = launched.state!.currentActivity!;
    expect(activity.notAnswered?.map((p) => p.userId).sort()).toEqual([ann.id, bob.id].sort());

    const first = await call(ann.client, 'answerLiveActivity', ANSWER, {
      i: { activityId: activity.id, choice: 'o1' },
    });
    expect(first.state?.currentActivity?.results).toBeNull(); // participants see results after lock
    await call(ann.client, 'answerLiveActivity', ANSWER, {
      i: { activityId: activity.id, choice: 'o2' },
    });
    await call(bob.client, 'answerLiveActivity', ANSWER, {
      i: { activityId: activity.id, choice: 'o2' },
    });
    const bad = await call(bob.client, 'answerLiveActivity', ANSWER, {
      i: { activityId: activity.id, choice: 'o9' },
    });
    expect(bad.code).toBe('BAD_USER_INPUT');

    const view = (await call(host.client, 'liveSession', LIVE, { id: live.id })).state!
      .currentActivity!;
    expect(view.results?.answerCount).toBe(2);
    expect(view.results?.options).toEqual([
      { optionId: 'o1', count: 0 },
      { optionId: 'o2', count: 2 },
      { optionId: 'o3', count: 0 },
    ]);
    expect(view.notAnswered).toEqual([]);
    const rows = await t.dataSource.query<unknown[]>(
      `SELECT 1 FROM live_answers WHERE activity_id = $1`,
      [activity.id],
    );
    expect(rows).toHaveLength(2);

    await call(host.client, 'lockLiveActivity', LOCK, { id: activity.id });
    const late = await call(ann.client, 'answerLiveActivity', ANSWER, {
      i: { activityId: activity.id, choice: 'o3' },
    });
    expect(late.code).toBe('CONFLICT');
    const after = (await call(ann.client, 'liveSession', LIVE, { id: live.id })).state!
      .currentActivity!;
    expect(after.viewerAnswer?.choice).toBe('o2');
    expect(after.results?.answerCount).toBe(2);
    expect(after.notAnswered).toBeNull();
  });

  it('keeps a quiz answer key on the server until the host reveals it', async () => {
    const { host, ann, bob, live } = await workshop();
    for (const p of [ann, bob])
      await call(p.client, 'joinLiveSession', JOIN_LIVE, { code: live.joinCode });
    const launched = await call(host.client, 'launchLiveActivity', LAUNCH, {
      i: {
        liveSessionId: live.id,
        kind: 'quiz',
        quizModule: 'intro',
        quizQuestion: 'linear-definition',
      },
    });
    expect(launched.code).toBeUndefined();
    const activity = launched.state!.currentActivity!;
    expect(activity.correctOptionIds).toBeNull();
    await call(ann.client, 'answerLiveActivity', ANSWER, {
      i: { activityId: activity.id, choice: 'b' },
    });
    const wrong = await call(bob.client, 'answerLiveActivity', ANSWER, {
      i: { activityId: activity.id, choice: 'a' },
    });
    const raw = JSON.stringify(wrong.state);
    expect(wrong.state?.currentActivity?.correctOptionIds).toBeNull();
    expect(wrong.state?.currentActivity?.viewerCorrect).toBeNull();
    expect(raw).not.toMatch(/"correct\w*":(?!null)/);
    expect(
      (await call(host.client, 'liveSession', LIVE, { id: live.id })).state!.currentActivity!
        .results?.correctCount,
    ).toBeNull();

    await call(host.client, 'revealLiveActivity', REVEAL, { id: activity.id });
    const shown = (await call(bob.client, 'liveSession', LIVE, { id: live.id })).state!
      .currentActivity!;
    expect(shown).toMatchObject({
      state: 'revealed',
      correctOptionIds: ['b'],
      viewerCorrect: false,
    });
    expect(shown.results?.correctCount).toBe(1);
    const attempts = await t.dataSource.query<unknown[]>(
      `SELECT 1 FROM quiz_attempts WHERE user_id = $1`,
      [ann.id],
    );
    expect(attempts).toHaveLength(0); // not a quiz attempt
  });

  it('collects words and estimates; ending closes answers and the join code', async () => {
    const { host, ann, bob, live } = await workshop();
    for (const p of [ann, bob])
      await call(p.client, 'joinLiveSession', JOIN_LIVE, { code: live.joinCode });
    const words = (
      await call(host.client, 'launchLiveActivity', LAUNCH, {
        i: { liveSessionId: live.id, kind: 'words', prompt: 'One word for circular?' },
      })
    ).state!.currentActivity!;
    await call(ann.client, 'answerLiveActivity', ANSWER, {
      i: { activityId: words.id, text: 'Reuse!' },
    });
    await call(bob.client, 'answerLiveActivity', ANSWER, {
      i: { activityId: words.id, text: 'reuse' },
    });
    const estimate = (
      await call(host.client, 'launchLiveActivity', LAUNCH, {
        i: { liveSessionId: live.id, kind: 'estimate', prompt: 'Life-cycle cost of this chair?' },
      })
    ).state!.currentActivity!;
    // Launching the next activity locked the words.
    expect(
      (
        await call(ann.client, 'answerLiveActivity', ANSWER, {
          i: { activityId: words.id, text: 'x' },
        })
      ).code,
    ).toBe('CONFLICT');
    await call(ann.client, 'answerLiveActivity', ANSWER, {
      i: { activityId: estimate.id, number: 900 },
    });
    await call(bob.client, 'answerLiveActivity', ANSWER, {
      i: { activityId: estimate.id, number: 1100 },
    });
    const view = (await call(host.client, 'liveSession', LIVE, { id: live.id })).state!
      .currentActivity!;
    expect(view.results?.estimate?.median).toBe(1000);
    const cloud = await t.dataSource.query<{ response: { text: string } }[]>(
      `SELECT response FROM live_answers WHERE activity_id = $1`,
      [words.id],
    );
    expect(cloud.map((r) => r.response.text)).toEqual(['reuse', 'reuse']);

    const ended = await call(host.client, 'endLiveSession', END, { id: live.id });
    expect(ended.state?.endedAt).not.toBeNull();
    expect(
      (
        await call(bob.client, 'answerLiveActivity', ANSWER, {
          i: { activityId: estimate.id, number: 5 },
        })
      ).code,
    ).toBe('CONFLICT');
    const stranger = await signedInUser(t);
    await addMembersInDb(
      t,
      (
        await t.dataSource.query<{ cohort_id: string }[]>(
          `SELECT cohort_id FROM live_sessions WHERE id = $1`,
          [live.id],
        )
      )[0]!.cohort_id,
      [stranger.id],
    );
    expect(
      (await call(stranger.client, 'joinLiveSession', JOIN_LIVE, { code: live.joinCode })).code,
    ).toBe('NOT_FOUND');
  });

  it('ranks options: each answer orders every option once', async () => {
    const { host, ann, bob, live } = await workshop();
    for (const p of [ann, bob])
      await call(p.client, 'joinLiveSession', JOIN_LIVE, { code: live.joinCode });
    const ranking = (
      await call(host.client, 'launchLiveActivity', LAUNCH, {
        i: {
          liveSessionId: live.id,
          kind: 'ranking',
          prompt: 'Order the R-strategies',
          options: ['Refuse', 'Reuse', 'Recycle'],
        },
      })
    ).state!.currentActivity!;
    const answer = (client: typeof ann.client, order: string[]) =>
      call(client, 'answerLiveActivity', ANSWER, { i: { activityId: ranking.id, order } });
    expect((await answer(ann.client, ['o1', 'o1', 'o3'])).code).toBe('BAD_USER_INPUT');
    expect((await answer(ann.client, ['o1', 'o2'])).code).toBe('BAD_USER_INPUT');
    await answer(ann.client, ['o1', 'o2', 'o3']);
    await answer(bob.client, ['o2', 'o1', 'o3']);
    await call(host.client, 'lockLiveActivity', LOCK, { id: ranking.id });
    const seen = (await call(ann.client, 'liveSession', LIVE, { id: live.id })).state!
      .currentActivity!;
    expect(seen.viewerAnswer?.order).toEqual(['o1', 'o2', 'o3']);
    expect(seen.results?.ranking).toEqual([
      { optionId: 'o1', meanPosition: 1.5 },
      { optionId: 'o2', meanPosition: 1.5 },
      { optionId: 'o3', meanPosition: 3 },
    ]);
  });

  it('lists a person’s live answers in their data export; erasure keeps the counts', async () => {
    const { host, ann, live } = await workshop();
    await call(ann.client, 'joinLiveSession', JOIN_LIVE, { code: live.joinCode });
    const words = (
      await call(host.client, 'launchLiveActivity', LAUNCH, {
        i: { liveSessionId: live.id, kind: 'words', prompt: 'One word' },
      })
    ).state!.currentActivity!;
    await call(ann.client, 'answerLiveActivity', ANSWER, {
      i: { activityId: words.id, text: 'Repair' },
    });
    const mine = await ann.client.gql<{
      myPersonalData: { liveAnswers: { question: string; answer: unknown }[] };
    }>(`{ myPersonalData }`);
    expect(mine.data?.myPersonalData.liveAnswers).toEqual([
      expect.objectContaining({ question: 'One word', answer: { text: 'repair' } }),
    ]);
    await t.app.get(PrivacyService).erase({
      userId: ann.id,
      confirmation: null,
      keepCertificatesVerifiable: false,
      adminId: host.id,
    });
    const after = (await call(host.client, 'liveSession', LIVE, { id: live.id })).state!;
    expect(after.participantCount).toBe(1);
    expect(after.currentActivity?.results?.words).toEqual([{ word: 'repair', count: 1 }]);
    const left = await t.dataSource.query<unknown[]>(
      `SELECT 1 FROM live_answers WHERE user_id = $1`,
      [ann.id],
    );
    expect(left).toHaveLength(0);
  });

  it('exports anonymous results per activity as CSV, for the host only', async () => {
    const { host, ann, bob, live } = await workshop();
    for (const p of [ann, bob])
      await call(p.client, 'joinLiveSession', JOIN_LIVE, { code: live.joinCode });
    const quiz = (
      await call(host.client, 'launchLiveActivity', LAUNCH, {
        i: {
          liveSessionId: live.id,
          kind: 'quiz',
          quizModule: 'intro',
          quizQuestion: 'linear-definition',
        },
      })
    ).state!.currentActivity!;
    await call(ann.client, 'answerLiveActivity', ANSWER, {
      i: { activityId: quiz.id, choice: 'b' },
    });
    await call(host.client, 'revealLiveActivity', REVEAL, { id: quiz.id });
    const words = (
      await call(host.client, 'launchLiveActivity', LAUNCH, {
        i: { liveSessionId: live.id, kind: 'words', prompt: 'One word' },
      })
    ).state!.currentActivity!;
    await call(bob.client, 'answerLiveActivity', ANSWER, {
      i: { activityId: words.id, text: 'Reuse' },
    });

    const res = await host.client.agent
      .get(`/live/${live.id}/results.csv?separator=comma`)
      .set('Cookie', `academy_session=${host.token}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('activity,kind,question,answers,result,value,correct');
    expect(lines).toContain(
      '1,quiz,Which describes a linear purchase?,1,"Buy, use, throw away.",1,yes',
    );
    expect(lines).toContain('2,words,One word,1,reuse,1,');
    expect(res.text).not.toContain('Live '); // no participant names
    const learner = await ann.client.agent
      .get(`/live/${live.id}/results.csv`)
      .set('Cookie', `academy_session=${ann.token}`);
    expect(learner.status).toBe(404);
  });
});
