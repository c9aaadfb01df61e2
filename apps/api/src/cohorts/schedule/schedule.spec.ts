import { useFixtureApp } from '../../../test/fixture-app.js';
import { type TestApp } from '../../../test/test-app.js';
import { createCohort, hostClient, JOIN, learnerClient } from '../cohort.fixtures.js';

let t: TestApp;
let releaseId: string;
useFixtureApp((app) => {
  ({ t, releaseId } = app);
});

const SESSION = `mutation($i: CreateSessionInput!) { createCohortSession(input: $i) { id title startsAt checkInCode modules } }`;
const CHECK_IN = `mutation($c: String!) { checkIn(input: { code: $c }) { sessionId status } }`;
const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

async function setup() {
  const host = await hostClient(t);
  const cohort = await createCohort(host.client, releaseId, { name: 'Gent, Leuven; Brugge' });
  const learner = await learnerClient(t);
  await learner.client.gql(JOIN, { code: cohort.joinCode });
  return { host, cohort, learner };
}

describe('sessions, calendar and attendance', () => {
  it('serves a valid .ics to hosts and participants, and a subscribable one by secret token', async () => {
    const { host, cohort, learner } = await setup();
    const s = await host.client.gql<{ createCohortSession: { id: string } }>(SESSION, {
      i: {
        cohortId: cohort.id,
        title: 'Kick-off: needs, market',
        startsAt: '2030-03-01T09:00:00+01:00',
        endsAt: '2030-03-01T12:30:00+01:00',
        place: 'Stadhuis, zaal 2',
        modules: ['intro'],
      },
    });
    expect(s.errors).toBeUndefined();
    const res = await learner.client.agent.get(`/cohorts/${cohort.id}/calendar.ics`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    expect(res.text).toContain(`UID:${s.data!.createCohortSession.id}@`);
    expect(res.text).toContain('DTSTART:20300301T080000Z\r\nDTEND:20300301T113000Z');
    expect(res.text).toContain('SUMMARY:Kick-off: needs\\, market — Gent\\, Leuven\\; Brugge');
    expect(res.text).toContain('LOCATION:Stadhuis\\, zaal 2');
    expect(res.text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect((await t.client().agent.get(`/cohorts/${cohort.id}/calendar.ics`)).status).toBe(401);
    const stranger = await learnerClient(t);
    expect((await stranger.client.agent.get(`/cohorts/${cohort.id}/calendar.ics`)).status).toBe(
      404,
    );

    const mine = await learner.client.gql<{
      myCohorts: {
        calendarUrl: string;
        upcomingSessions: { title: string; checkInCode: string | null }[];
      }[];
    }>(`{ myCohorts { calendarUrl upcomingSessions { title checkInCode } } }`);
    const entry = mine.data!.myCohorts[0]!;
    expect(entry.upcomingSessions).toEqual([
      { title: 'Kick-off: needs, market', checkInCode: null },
    ]);
    const path = new URL(entry.calendarUrl).pathname;
    const feed = await t.client().agent.get(path); // no cookie: calendar apps have none
    expect(feed.status).toBe(200);
    expect(feed.text).toContain('BEGIN:VEVENT');
    expect((await t.client().agent.get('/calendar/not-a-real-token-xxxxxxxxxxxx.ics')).status).toBe(
      404,
    );
  });

  it('lets participants check in only from 15 minutes before the start until the end', async () => {
    const { host, cohort, learner } = await setup();
    const soon = await host.client.gql<{
      createCohortSession: { id: string; checkInCode: string };
    }>(SESSION, {
      i: { cohortId: cohort.id, title: 'Soon', startsAt: hours(0.2), endsAt: hours(2) },
    });
    const later = await host.client.gql<{ createCohortSession: { checkInCode: string } }>(SESSION, {
      i: { cohortId: cohort.id, title: 'Later', startsAt: hours(1), endsAt: hours(2) },
    });
    const code = soon.data!.createCohortSession.checkInCode;
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    expect(
      (await learner.client.gql(CHECK_IN, { c: later.data!.createCohortSession.checkInCode }))
        .errors?.[0]?.extensions?.code,
    ).toBe('CONFLICT');
    const ok = await learner.client.gql<{ checkIn: { status: string } }>(CHECK_IN, {
      c: code.toLowerCase(),
    });
    expect(ok.data?.checkIn.status).toBe('present');
    const stranger = await learnerClient(t);
    expect((await stranger.client.gql(CHECK_IN, { c: code })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    const list = await host.client.gql<{
      sessionAttendance: { userId: string; selfCheckIn: boolean }[];
    }>(`query($s: ID!) { sessionAttendance(sessionId: $s) { userId selfCheckIn } }`, {
      s: soon.data!.createCohortSession.id,
    });
    expect(list.data?.sessionAttendance).toEqual([{ userId: learner.id, selfCheckIn: true }]);
  });

  it('marks the whole list at once, overwrites on repeat, and refuses non-participants without writing', async () => {
    const { host, cohort, learner } = await setup();
    const other = await learnerClient(t);
    await other.client.gql(JOIN, { code: cohort.joinCode });
    const s = await host.client.gql<{ createCohortSession: { id: string } }>(SESSION, {
      i: { cohortId: cohort.id, title: 'Day 1', startsAt: hours(-5), endsAt: hours(-2) },
    });
    const sessionId = s.data!.createCohortSession.id;
    const SET = `mutation($i: SetAttendanceInput!) { setAttendance(input: $i) { userId status } }`;
    await host.client.gql(SET, {
      i: {
        sessionId,
        entries: [
          { userId: learner.id, status: 'present' },
          { userId: other.id, status: 'absent' },
        ],
      },
    });
    const again = await host.client.gql<{ setAttendance: { userId: string; status: string }[] }>(
      SET,
      { i: { sessionId, entries: [{ userId: other.id, status: 'excused' }] } },
    );
    expect(again.data!.setAttendance.map((a) => a.status).sort()).toEqual(['excused', 'present']);
    const stranger = await learnerClient(t);
    const bad = await host.client.gql(SET, {
      i: {
        sessionId,
        entries: [
          { userId: learner.id, status: 'absent' },
          { userId: stranger.id, status: 'present' },
        ],
      },
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const rows = await t.dataSource.query(
      `SELECT status FROM cohort_attendance WHERE session_id = $1 AND user_id = $2`,
      [sessionId, learner.id],
    );
    expect(rows).toEqual([{ status: 'present' }]); // the refused call changed nothing
  });

  it('shows announcements and only opted-in names to participants', async () => {
    const { host, cohort, learner } = await setup();
    const other = await learnerClient(t);
    await other.client.gql(JOIN, { code: cohort.joinCode });
    await host.client.gql(
      `mutation($i: AnnouncementInput!) { postAnnouncement(input: $i) { id } }`,
      { i: { cohortId: cohort.id, title: 'Bring a laptop', body: 'For the LCC exercise.' } },
    );
    const mine = await learner.client.gql<{
      myCohorts: { announcements: { title: string; authorName: string }[] }[];
    }>(`{ myCohorts { announcements { title authorName } } }`);
    expect(mine.data!.myCohorts[0]!.announcements).toEqual([
      { title: 'Bring a laptop', authorName: expect.stringMatching(/^Host/) },
    ]);
    const PEOPLE = `query($id: ID!) { cohortParticipants(cohortId: $id) { total items { userId email displayName } } }`;
    let seen = await learner.client.gql<{
      cohortParticipants: { total: number; items: { userId: string; email: string | null }[] };
    }>(PEOPLE, { id: cohort.id });
    expect(seen.data!.cohortParticipants.items.map((p) => p.userId)).toEqual([learner.id]);
    expect(seen.data!.cohortParticipants.items[0]!.email).toBeNull();
    await other.client.gql(
      `mutation($id: ID!) { setCohortNameVisibility(input: { cohortId: $id, visible: true }) }`,
      { id: cohort.id },
    );
    seen = await learner.client.gql(PEOPLE, { id: cohort.id });
    expect(seen.data!.cohortParticipants.total).toBe(2);
    const asHost = await host.client.gql<{
      cohortParticipants: { items: { email: string | null }[] };
    }>(PEOPLE, { id: cohort.id });
    expect(asHost.data!.cohortParticipants.items.every((p) => p.email !== null)).toBe(true);
  });

  it('exports CSV with a BOM and neutralised formulas, for hosts only', async () => {
    const host = await hostClient(t);
    const cohort = await createCohort(host.client, releaseId);
    const evil = t.client();
    const { registerUser } = await import('../../../test/factories.js');
    await registerUser(evil, { displayName: '=HYPERLINK("http://evil")' });
    await evil.gql(JOIN, { code: cohort.joinCode });
    for (const kind of ['progress', 'attendance', 'quiz-results']) {
      const res = await host.client.agent
        .get(`/cohorts/${cohort.id}/export/${kind}.csv`)
        .buffer(true);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
      expect(res.text.charCodeAt(0)).toBe(0xfeff);
    }
    const progress = (await host.client.agent.get(`/cohorts/${cohort.id}/export/progress.csv`))
      .text;
    expect(progress).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(progress.split('\r\n')[0]).toContain('intro lessons');
    // Sessions are labelled in the cohort's zone: a midnight session in Amsterdam is not the previous (UTC) day.
    await t.dataSource.query(
      `INSERT INTO cohort_sessions (cohort_id, title, starts_at, ends_at, check_in_code) VALUES ($1, 'Midnight', '2026-03-01T23:00:00Z', '2026-03-02T01:00:00Z', $2)`,
      [cohort.id, `M${Math.random().toString(36).slice(2, 10).toUpperCase()}`],
    );
    const attendance = (await host.client.agent.get(`/cohorts/${cohort.id}/export/attendance.csv`))
      .text;
    expect(attendance.split('\r\n')[0]).toContain('Midnight (2026-03-02 00:00)');
    expect((await evil.agent.get(`/cohorts/${cohort.id}/export/progress.csv`)).status).toBe(404);
    expect((await t.client().agent.get(`/cohorts/${cohort.id}/export/progress.csv`)).status).toBe(
      401,
    );
  });
});
