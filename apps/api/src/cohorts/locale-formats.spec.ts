import { useFixtureApp } from '../../test/fixture-app.js';
import type { TestApp } from '../../test/test-app.js';
import { addMembersInDb, createCohort, hostClient } from './cohort.fixtures.js';

let t: TestApp;
let releaseId: string;
useFixtureApp((app) => {
  ({ t, releaseId } = app);
});

// As a reader of any of the academy's languages expects them, not in byte order.
const EXPECTED = [
  'anna Berg',
  'Émile Durand',
  'Eva Example',
  'Lars Ødegård',
  'Łukasz Żółć',
  'Zoë Brontë',
  'Божидар Петров',
];

describe('names of participants', () => {
  it('are listed in alphabetical order in any script: participants, dashboard and exports', async () => {
    const host = await hostClient(t);
    const cohort = await createCohort(host.client, releaseId);
    const shuffled = [...EXPECTED].reverse();
    const users: { id: string }[] = await t.dataSource.query(
      `INSERT INTO users (email, email_key, display_name, password_hash)
       SELECT 'names-' || i || '-' || md5(random()::text) || '@example.test', 'names-' || i || '-' || md5(random()::text) || '@example.test', n, '!test'
         FROM unnest($1::text[]) WITH ORDINALITY AS x(n, i) RETURNING id`,
      [shuffled],
    );
    await addMembersInDb(
      t,
      cohort.id,
      users.map((u) => u.id),
    );

    const list = await host.client.gql<{
      cohortParticipants: { items: { displayName: string }[] };
    }>(
      `query($id: ID!) { cohortParticipants(cohortId: $id, limit: 50) { items { displayName } } }`,
      { id: cohort.id },
    );
    expect(list.errors).toBeUndefined();
    expect(list.data?.cohortParticipants.items.map((p) => p.displayName)).toEqual(EXPECTED);

    const dashboard = await host.client.gql<{
      cohortDashboard: { participants: { displayName: string }[] };
    }>(`query($id: ID!) { cohortDashboard(cohortId: $id) { participants { displayName } } }`, {
      id: cohort.id,
    });
    expect(dashboard.data?.cohortDashboard.participants.map((p) => p.displayName)).toEqual(
      EXPECTED,
    );

    const csv = (await host.client.agent.get(`/cohorts/${cohort.id}/export/progress.csv`)).text;
    const order = EXPECTED.map((name) => csv.indexOf(name));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

describe('CSV exports', () => {
  it("use the host's spreadsheet format (semicolon and decimal comma outside English), or the one asked for", async () => {
    const host = await hostClient(t);
    const cohort = await createCohort(host.client, releaseId);
    const [user] = await t.dataSource.query(
      `INSERT INTO users (email, email_key, display_name, password_hash) VALUES ($1, $1, 'Van Dam; Eva', '!test') RETURNING id`,
      [`csv-${Date.now()}@example.test`],
    );
    await addMembersInDb(t, cohort.id, [user.id]);
    const [enrolment] = await t.dataSource.query(
      `SELECT id, release_id FROM enrolments WHERE user_id = $1`,
      [user.id],
    );
    await t.dataSource.query(
      `INSERT INTO quiz_attempts (user_id, enrolment_id, release_id, kind, quiz_slug, number, questions, drafts, submitted_at, score, max_score, fraction, passed, results)
       VALUES ($1, $2, $3, 'module', 'intro', 1, '[]', '{}', now(), 3, 4, 0.75, false, '{}')`,
      [user.id, enrolment.id, enrolment.release_id],
    );
    const get = async (query = '') =>
      (await host.client.agent.get(`/cohorts/${cohort.id}/export/quiz-results.csv${query}`)).text
        .replace(/^\uFEFF/, '')
        .split('\r\n');

    await host.client.gql(`mutation { updateProfile(input: { preferredLocale: "nl" }) { id } }`);
    const nl = await get();
    expect(nl[0]).toBe('name;email;kind;quiz;attempt;submitted at;score;passed');
    expect(nl[1]).toMatch(/^"Van Dam; Eva";csv-\d+@example\.test;module;intro;1;[^;]+;0,75;no$/);

    const chosen = await get('?separator=comma');
    expect(chosen[1]).toMatch(
      /^"Van Dam; Eva",csv-\d+@example\.test,module,intro,1,[^,]+,0\.75,no$/,
    );

    await host.client.gql(`mutation { updateProfile(input: { preferredLocale: "en" }) { id } }`);
    expect((await get())[0]).toBe('name,email,kind,quiz,attempt,submitted at,score,passed');
  });
});
