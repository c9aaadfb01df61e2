import { useFixtureApp } from '../../../test/fixture-app.js';
import { type TestApp } from '../../../test/test-app.js';
import { createCohort, hostClient, JOIN, learnerClient } from '../cohort.fixtures.js';

let t: TestApp;
let releaseId: string;
useFixtureApp((app) => {
  ({ t, releaseId } = app);
});

const DONE = `mutation($input: LessonRefInput!) { markLessonDone(input: $input) { lastLesson } }`;
const OPEN = `mutation($input: LessonRefInput!) { openLesson(input: $input) { lastLesson } }`;
const START = `mutation($input: StartQuizInput!) { startQuizAttempt(input: $input) { id } }`;
const LESSON = `query($r: ID!, $m: String!, $s: String!) { lesson(releaseId: $r, module: $m, slug: $s, locale: "en") { title html } }`;

describe('module unlock dates on the server', () => {
  it('refuses lessons, progress, quizzes and the final assessment of a module still locked for the participant’s cohort, with reason MODULE_LOCKED', async () => {
    const host = await hostClient(t);
    const later = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const cohort = await createCohort(host.client, releaseId, {
      moduleUnlocks: [
        { module: 'intro', unlocksAt: '2020-01-01T00:00:00Z' },
        { module: 'costs', unlocksAt: later },
      ],
    });
    const participant = await learnerClient(t);
    await participant.client.gql(JOIN, { code: cohort.joinCode });
    const [{ id: enrolmentId }] = await t.dataSource.query(
      `SELECT id FROM enrolments WHERE user_id = $1`,
      [participant.id],
    );
    const locked = {
      code: 'FORBIDDEN',
      reason: 'MODULE_LOCKED',
      module: 'costs',
      unlocksAt: new Date(later).toISOString(),
    };

    for (const [query, vars] of [
      [DONE, { input: { enrolmentId, module: 'costs', lesson: 'lcc-basics' } }],
      [OPEN, { input: { enrolmentId, module: 'costs', lesson: 'lcc-basics' } }],
      [START, { input: { enrolmentId, module: 'costs' } }],
      [START, { input: { enrolmentId } }], // the final assessment draws questions from "costs" too
      [LESSON, { r: releaseId, m: 'costs', s: 'lcc-basics' }],
    ] as const) {
      const res = await participant.client.gql(query, vars);
      expect(res.errors?.[0]?.extensions).toMatchObject(locked);
    }
    expect(
      await t.dataSource.query(`SELECT 1 FROM lesson_progress WHERE user_id = $1`, [
        participant.id,
      ]),
    ).toHaveLength(0);
    expect(
      await t.dataSource.query(`SELECT 1 FROM quiz_attempts WHERE user_id = $1`, [participant.id]),
    ).toHaveLength(0);

    // Opened modules work; so does the locked one for people outside the cohort, and once its date passes.
    expect(
      (
        await participant.client.gql(DONE, {
          input: { enrolmentId, module: 'intro', lesson: 'first' },
        })
      ).errors,
    ).toBeUndefined();
    expect(
      (await participant.client.gql(START, { input: { enrolmentId, module: 'intro' } })).errors,
    ).toBeUndefined();
    expect(
      (await participant.client.gql(LESSON, { r: releaseId, m: 'intro', s: 'first' })).errors,
    ).toBeUndefined();
    const outsider = await learnerClient(t);
    expect(
      (await outsider.client.gql(LESSON, { r: releaseId, m: 'costs', s: 'lcc-basics' })).errors,
    ).toBeUndefined();
    expect(
      (await host.client.gql(LESSON, { r: releaseId, m: 'costs', s: 'lcc-basics' })).errors,
    ).toBeUndefined();
    await t.dataSource.query(
      `UPDATE cohorts SET module_unlocks = module_unlocks || '{"costs": "2020-01-01T00:00:00Z"}' WHERE id = $1`,
      [cohort.id],
    );
    expect(
      (
        await participant.client.gql(DONE, {
          input: { enrolmentId, module: 'costs', lesson: 'lcc-basics' },
        })
      ).errors,
    ).toBeUndefined();
    expect(
      (await participant.client.gql(START, { input: { enrolmentId, module: 'costs' } })).errors,
    ).toBeUndefined();
    expect(
      (await participant.client.gql(START, { input: { enrolmentId } })).errors,
    ).toBeUndefined();
  });
});
