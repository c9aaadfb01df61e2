import { randomUUID } from 'node:crypto';
import { curriculumCopy } from '../../test/curriculum-fixture.js';
import { registerUser } from '../../test/factories.js';
import {
  answerKeys,
  enrol,
  exerciseScenarios,
  ENROL,
  rightAnswer,
  START,
  SUBMIT,
  type AttemptView,
} from '../../test/learning-helpers.js';
import { countStatements } from '../../test/sql-counter.js';
import { bootTestApp, type TestApp, type TestClient } from '../../test/test-app.js';
import { importCurriculumFolder } from '../curriculum/import-bundled.js';
import { LearningEvents, type CourseCompleted } from './learning-events.js';

let t: TestApp;
let releaseId: string;
const completions: CourseCompleted[] = [];
const fixture = curriculumCopy();

beforeAll(async () => {
  t = await bootTestApp();
  const [core] = await importCurriculumFolder(t.dataSource, fixture.root);
  releaseId = core!.releaseId;
  t.app.get(LearningEvents).onCourseCompleted((e) => {
    completions.push(e);
  });
});
afterAll(async () => {
  fixture.cleanup();
  await t.close();
});

const PROGRESS = `query { myEnrolments { id courseSlug completedAt lastLesson progress {
  lessonsDone lessonsTotal fraction missing finalAssessmentPassed
  nextStep { kind module lesson }
  modules { slug lessonsDone lessonsTotal doneLessons quizPassed quizScore attemptsUsed } } } }`;
const DONE = `mutation($input: LessonRefInput!) { markLessonDone(input: $input) { lastLesson } }`;
const OPEN = `mutation($input: LessonRefInput!) { openLesson(input: $input) { lastLesson } }`;

type Progress = {
  lessonsDone: number;
  fraction: number;
  missing: string[];
  nextStep: { kind: string; module: string | null; lesson: string | null };
};
const progressOf = async (c: TestClient) =>
  (
    await c.gql<{
      myEnrolments: {
        id: string;
        completedAt: string | null;
        lastLesson: string | null;
        progress: Progress;
      }[];
    }>(PROGRESS)
  ).data!.myEnrolments[0]!;

describe('enrolment and progress', () => {
  it('enrols once, remembers where the learner was, and resumes there', async () => {
    const c = t.client();
    await registerUser(c, { preferredLocale: 'nl' });
    const id = await enrol(c, releaseId);
    const again = await c.gql<{ enrol: { id: string; locale: string } }>(ENROL, {
      input: { courseSlug: 'basics', releaseId },
    });
    expect(again.data?.enrol).toMatchObject({ id, locale: 'nl' });

    let p = await progressOf(c);
    expect(p.progress).toMatchObject({
      lessonsDone: 0,
      nextStep: { kind: 'lesson', module: 'intro', lesson: 'first' },
    });
    await c.gql(DONE, { input: { enrolmentId: id, module: 'intro', lesson: 'first' } });
    await c.gql(OPEN, { input: { enrolmentId: id, module: 'intro', lesson: 'second' } });
    p = await progressOf(c);
    expect(p.lastLesson).toBe('intro/second');
    expect(p.progress.lessonsDone).toBe(1);
    expect(p.progress.nextStep).toEqual({ kind: 'lesson', module: 'intro', lesson: 'second' });
    expect(p.progress.missing).toContain('lesson:intro/second');
  });

  it('refuses lessons outside the course and other learners’ enrolments', async () => {
    const owner = t.client();
    await registerUser(owner);
    const id = await enrol(owner, releaseId);
    const bad = await owner.gql(DONE, {
      input: { enrolmentId: id, module: 'intro', lesson: 'nope' },
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const other = t.client();
    await registerUser(other);
    const steal = await other.gql(DONE, {
      input: { enrolmentId: id, module: 'intro', lesson: 'first' },
    });
    expect(steal.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(
      (await other.gql<{ myEnrolments: unknown[] }>(`{ myEnrolments { id } }`)).data?.myEnrolments,
    ).toEqual([]);
    const unknownCourse = await owner.gql(ENROL, {
      input: { courseSlug: 'no-such-course', releaseId },
    });
    expect(unknownCourse.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('completes the course when every rule is met, and announces it once', async () => {
    const c = t.client();
    const user = await registerUser(c);
    const id = await enrol(c, releaseId);
    const keys = await answerKeys(t.dataSource, releaseId);
    const exercises = await exerciseScenarios(t.dataSource, releaseId);
    for (const [module, lesson] of [
      ['intro', 'first'],
      ['intro', 'second'],
      ['costs', 'lcc-basics'],
    ]) {
      await c.gql(DONE, { input: { enrolmentId: id, module, lesson } });
    }
    const pass = async (module?: string) => {
      const a = (
        await c.gql<{ startQuizAttempt: AttemptView }>(START, {
          input: { enrolmentId: id, module },
        })
      ).data!.startQuizAttempt;
      await c.gql(SUBMIT, {
        input: {
          attemptId: a.id,
          idempotencyKey: randomUUID(),
          answers: a.questions.map((q) =>
            rightAnswer(q.key, keys.get(q.key)!, { values: q.values, exercises }),
          ),
        },
      });
    };
    await pass('intro');
    await pass('costs');
    expect((await progressOf(c)).progress.nextStep.kind).toBe('final-assessment');
    expect(completions.filter((e) => e.userId === user.id)).toHaveLength(0);
    await pass();
    const p = await progressOf(c);
    expect(p.completedAt).not.toBeNull();
    expect(p.progress).toMatchObject({ fraction: 1, missing: [], nextStep: { kind: 'done' } });
    await c.gql(DONE, { input: { enrolmentId: id, module: 'intro', lesson: 'first' } });
    const mine = completions.filter((e) => e.userId === user.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ enrolmentId: id, courseSlug: 'basics', releaseId });
    const recent = await c.gql<{ myRecentAttempts: { quizSlug: string; passed: boolean }[] }>(
      `{ myRecentAttempts(limit: 2) { quizSlug passed } }`,
    );
    expect(recent.data?.myRecentAttempts).toEqual([
      { quizSlug: 'final', passed: true },
      { quizSlug: 'costs', passed: true },
    ]);
  });

  it('costs a constant number of SQL statements for the course outline with progress', async () => {
    const c = t.client();
    await registerUser(c);
    const id = await enrol(c, releaseId);
    const query = `query($r: ID) { courses(locale: "en", releaseId: $r) { title modules { slug title lessons { slug title } } }
      myEnrolments { id progress { fraction modules { slug lessonsDone quizPassed } nextStep { kind } } } }`;
    // The first request reads the release's content into the per-process cache; later ones do not.
    const cold = await countStatements(() => c.gql(query, { r: releaseId }));
    const empty = await countStatements(() => c.gql(query, { r: releaseId }));
    expect(empty.statements.length).toBeLessThan(cold.statements.length);
    await c.gql(DONE, { input: { enrolmentId: id, module: 'intro', lesson: 'first' } });
    await c.gql(DONE, { input: { enrolmentId: id, module: 'costs', lesson: 'lcc-basics' } });
    const busy = await countStatements(() => c.gql(query, { r: releaseId }));
    expect(busy.statements.length).toBe(empty.statements.length);
    // Warm: the session, the enrolments, their progress.
    expect(busy.statements.length).toBeLessThanOrEqual(3);
  });
});
