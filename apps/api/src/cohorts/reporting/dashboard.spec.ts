import { importCurriculumFolder } from '../../curriculum/import-bundled.js';
import { join } from 'node:path';
import { countStatements } from '../../../test/sql-counter.js';
import { useFixtureApp } from '../../../test/fixture-app.js';
import { type TestApp, type TestClient } from '../../../test/test-app.js';
import { addMembersInDb, createCohort, crowd, hostClient } from '../cohort.fixtures.js';

let t: TestApp;
let releaseId: string;
useFixtureApp((app) => {
  ({ t, releaseId } = app);
});

const DASHBOARD = `query($id: ID!, $days: Int) { cohortDashboard(cohortId: $id, stuckAfterDays: $days) {
  cohortId modules stuckAfterDays
  participants { userId displayName email courseCompleted lastActivityAt sessionsAttended sessionsHeld attendanceRate meetsAttendance meetsCohortRules stuckReasons
                 modules { module lessonsDone lessonsTotal quizBest quizPassed quizAttempts } }
  stuck { userId stuckReasons }
  questions { key answered percentCorrect mostChosenWrong mostChosenWrongCount }
  sessions { sessionId title present absent excused unmarked }
  progressByWeek { weekStart lessonsCompleted } } }`;

interface Dashboard {
  modules: string[];
  participants: {
    userId: string;
    sessionsAttended: number;
    sessionsHeld: number;
    meetsAttendance: boolean;
    stuckReasons: string[];
    modules: {
      module: string;
      lessonsDone: number;
      quizBest: number | null;
      quizPassed: boolean;
    }[];
  }[];
  stuck: { userId: string; stuckReasons: string[] }[];
  questions: {
    key: string;
    answered: number;
    percentCorrect: number;
    mostChosenWrong: string | null;
    mostChosenWrongCount: number;
  }[];
  sessions: { present: number; absent: number; excused: number; unmarked: number }[];
  progressByWeek: { weekStart: string; lessonsCompleted: number }[];
}

/** 40 participants with lessons, attempts, sessions and attendance, all written in SQL. */
async function busyCohort(
  host: TestClient,
  release: string,
  courseSlug: string,
): Promise<{ cohortId: string; ids: string[] }> {
  const cohort = await createCohort(host, release, { courseSlug, minAttendance: 0.5 });
  const people = await crowd(t, 40, 'dash');
  const ids = people.map((p) => p.id);
  await addMembersInDb(t, cohort.id, ids);
  const ds = t.dataSource;
  // Every participant completed every lesson of the first module, a week or more ago.
  await ds.query(
    `INSERT INTO lesson_progress (user_id, course_slug, module_slug, lesson_slug, first_viewed_at, completed_at)
     SELECT u, c.course_slug, m.slug, l, now() - interval '10 days', now() - interval '10 days'
       FROM unnest($1::uuid[]) u, cohorts c
       JOIN release_courses rc ON rc.release_id = c.release_id AND rc.slug = c.course_slug
       JOIN release_modules m ON m.release_id = c.release_id AND m.slug = rc.modules[1]
       CROSS JOIN LATERAL unnest(m.lessons) l
      WHERE c.id = $2`,
    [ids, cohort.id],
  );
  await ds.query(
    `UPDATE enrolments SET last_activity_at = now() - interval '10 days' WHERE cohort_id = $1`,
    [cohort.id],
  );
  // Two failed attempts at the first module's quiz for everyone: question q answered "wrong-x".
  await ds.query(
    `INSERT INTO quiz_attempts (user_id, enrolment_id, release_id, kind, quiz_slug, number, questions, drafts, submitted_at, score, max_score, fraction, passed, results)
     SELECT e.user_id, e.id, e.release_id, 'module', rc.modules[1], n, '[]'::jsonb,
            jsonb_build_object(rc.modules[1] || '/q', jsonb_build_object('choice', 'wrong-x')),
            now() - interval '9 days', 0, 1, 0.0, false,
            jsonb_build_object(rc.modules[1] || '/q', jsonb_build_object('score', 0, 'max', 1, 'correct', false))
       FROM enrolments e JOIN release_courses rc ON rc.release_id = e.release_id AND rc.slug = e.course_slug
       CROSS JOIN generate_series(1, 2) n WHERE e.cohort_id = $1`,
    [cohort.id],
  );
  const [s1] = await ds.query(
    `INSERT INTO cohort_sessions (cohort_id, title, starts_at, ends_at, check_in_code) VALUES ($1, 'Kick-off', now() - interval '8 days', now() - interval '8 days' + interval '3 hours', $2) RETURNING id`,
    [cohort.id, `K${Math.random().toString(36).slice(2, 10).toUpperCase()}`],
  );
  await ds.query(
    `INSERT INTO cohort_sessions (cohort_id, title, starts_at, ends_at, check_in_code) VALUES ($1, 'Second', now() - interval '1 day', now() - interval '20 hours', $2)`,
    [cohort.id, `S${Math.random().toString(36).slice(2, 10).toUpperCase()}`],
  );
  await ds.query(
    `INSERT INTO cohort_attendance (session_id, user_id, status) SELECT $1, u, CASE WHEN i <= 30 THEN 'present' ELSE 'absent' END FROM unnest($2::uuid[]) WITH ORDINALITY x(u, i)`,
    [s1.id, ids],
  );
  return { cohortId: cohort.id, ids };
}

describe('host dashboard', () => {
  it('loads 40 participants in one GraphQL request with at most 5 SQL statements and the right figures', async () => {
    const host = await hostClient(t);
    const { cohortId, ids } = await busyCohort(host.client, releaseId, 'basics');
    await host.client.gql(DASHBOARD, { id: cohortId }); // warms the course-structure cache, as any earlier page view would
    const { result, statements } = await countStatements(() =>
      host.client.gql<{ cohortDashboard: Dashboard }>(DASHBOARD, { id: cohortId, days: 7 }),
    );
    expect(result.errors).toBeUndefined();
    // The budget is 5: the session lookup, the cohort with access, the cohort's roster and
    // attendance, the learning feature's progress of those people, and the question texts.
    expect(statements.length).toBeLessThanOrEqual(5);
    const d = result.data!.cohortDashboard;
    expect(d.modules).toEqual(['intro', 'costs']);
    expect(d.participants).toHaveLength(40);
    expect(d.participants[0]!.modules[0]).toMatchObject({
      module: 'intro',
      lessonsDone: 2,
      quizBest: 0,
      quizPassed: false,
    });
    expect(d.participants[0]!.modules[1]).toMatchObject({
      module: 'costs',
      lessonsDone: 0,
      quizBest: null,
    });
    expect(d.stuck).toHaveLength(40);
    expect(d.stuck[0]!.stuckReasons).toEqual(['inactive', 'failed-quiz:intro']);
    expect(d.questions).toEqual([
      {
        key: 'intro/q',
        answered: 80,
        percentCorrect: 0,
        mostChosenWrong: 'wrong-x',
        mostChosenWrongCount: 80,
      },
    ]);
    expect(d.sessions.map((s) => ({ ...s }))).toEqual(
      [
        { present: 30, absent: 10, excused: 0, unmarked: 0 },
        { present: 0, absent: 0, excused: 0, unmarked: 40 },
      ].map((x, i) => expect.objectContaining({ ...x, title: i === 0 ? 'Kick-off' : 'Second' })),
    );
    const attended = d.participants.filter((p) => p.sessionsAttended === 1);
    expect(attended).toHaveLength(30);
    expect(attended.every((p) => p.meetsAttendance && p.sessionsHeld === 2)).toBe(true); // 1 of 2 ≥ 0.5
    expect(d.participants.filter((p) => !p.meetsAttendance)).toHaveLength(10);
    expect(d.progressByWeek.reduce((n, w) => n + w.lessonsCompleted, 0)).toBe(80);
    expect(ids).toContain(d.participants[0]!.userId);
  });

  it('needs no more statements for the real curriculum’s 14 modules, and defaults to the current release', async () => {
    const [real] = await importCurriculumFolder(
      t.dataSource,
      join(import.meta.dirname, '../../../../../curriculum'),
    );
    const host = await hostClient(t);
    const res = await host.client.gql<{ createCohort: { id: string; releaseId: string } }>(
      `mutation($i: CreateCohortInput!) { createCohort(input: $i) { id releaseId } }`,
      {
        i: {
          name: 'Year programme',
          courseSlug: 'circular-procurement-foundations',
          locale: 'en',
          startsOn: '2025-09-01',
          endsOn: '2026-06-30',
          timeZone: 'Europe/Brussels',
        },
      },
    );
    expect(res.data?.createCohort.releaseId).toBe(real!.releaseId);
    const { cohortId } = await busyCohort(
      host.client,
      real!.releaseId,
      'circular-procurement-foundations',
    );
    await host.client.gql(DASHBOARD, { id: cohortId });
    const { result, statements } = await countStatements(() =>
      host.client.gql<{ cohortDashboard: Dashboard }>(DASHBOARD, { id: cohortId }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.cohortDashboard.modules).toHaveLength(14);
    expect(result.data!.cohortDashboard.participants).toHaveLength(40);
    expect(statements.length).toBeLessThanOrEqual(5);
  });

  it('names questions and the most chosen wrong answer in the host’s language, not by ids', async () => {
    const host = await hostClient(t);
    const cohort = await createCohort(host.client, releaseId, { courseSlug: 'basics' });
    const people = await crowd(t, 3, 'texts');
    await addMembersInDb(
      t,
      cohort.id,
      people.map((p) => p.id),
    );
    await t.dataSource.query(
      `INSERT INTO quiz_attempts (user_id, enrolment_id, release_id, kind, quiz_slug, number, questions, drafts, submitted_at, score, max_score, fraction, passed, results)
       SELECT e.user_id, e.id, e.release_id, 'module', 'intro', 1, '[]'::jsonb,
              '{"intro/linear-definition": {"choice": "c"}, "intro/pick-strategies": {"choices": ["a", "b"]}}'::jsonb, now(), 0, 2, 0.0, false,
              '{"intro/linear-definition": {"score": 0, "max": 1, "correct": false}, "intro/pick-strategies": {"score": 0, "max": 1, "correct": false}}'::jsonb
         FROM enrolments e WHERE e.cohort_id = $1`,
      [cohort.id],
    );
    const res = await host.client.gql<{
      cohortDashboard: {
        questions: {
          key: string;
          prompt: string | null;
          mostChosenWrongOptions: string[] | null;
        }[];
      };
    }>(
      `query($id: ID!) { cohortDashboard(cohortId: $id, locale: "nl") { questions { key prompt mostChosenWrongOptions } } }`,
      { id: cohort.id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.cohortDashboard.questions).toEqual([
      {
        key: 'intro/linear-definition',
        prompt: 'Wat beschrijft een lineaire aankoop?',
        mostChosenWrongOptions: ['Leasen.'],
      },
      {
        key: 'intro/pick-strategies',
        prompt: expect.any(String),
        mostChosenWrongOptions: [expect.any(String), expect.any(String)],
      },
    ]);
  });

  it('treats recent activity as not stuck and a passed quiz as no longer failing', async () => {
    const host = await hostClient(t);
    const { cohortId, ids } = await busyCohort(host.client, releaseId, 'basics');
    await t.dataSource.query(`UPDATE enrolments SET last_activity_at = now() WHERE user_id = $1`, [
      ids[0],
    ]);
    await t.dataSource.query(
      `UPDATE quiz_attempts SET passed = true, fraction = 1 WHERE user_id = $1 AND number = 2`,
      [ids[0]],
    );
    const res = await host.client.gql<{ cohortDashboard: Dashboard }>(DASHBOARD, {
      id: cohortId,
      days: 7,
    });
    expect(res.data!.cohortDashboard.stuck.map((s) => s.userId)).not.toContain(ids[0]);
    const wide = await host.client.gql<{ cohortDashboard: Dashboard }>(DASHBOARD, {
      id: cohortId,
      days: 30,
    });
    expect(wide.data!.cohortDashboard.stuck.find((s) => s.userId === ids[1])?.stuckReasons).toEqual(
      ['failed-quiz:intro'],
    );
  });
});
