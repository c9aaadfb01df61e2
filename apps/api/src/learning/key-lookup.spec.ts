import { randomUUID } from 'node:crypto';
import { registerUser } from '../../test/factories.js';
import { useFixtureApp } from '../../test/fixture-app.js';
import { enrol, START, type AttemptView } from '../../test/learning-helpers.js';
import type { TestApp } from '../../test/test-app.js';
import { IsNull } from 'typeorm';
import { findByKey, findOneByKey } from '../database/key-lookup.js';
import { EnrolmentEntity } from './enrolment.entity.js';
import { QuizAttemptEntity } from './quiz-attempt.entity.js';

let t: TestApp;
let releaseId: string;
useFixtureApp((app) => {
  ({ t, releaseId } = app);
});

describe('findOneByKey (the hot paths’ lookup by key)', () => {
  it('returns exactly what findOneBy returns: types, JSON, dates, nulls, and null when missing', async () => {
    const client = t.client();
    const user = await registerUser(client);
    const enrolmentId = await enrol(client, releaseId);
    const started = await client.gql<{ startQuizAttempt: AttemptView }>(START, {
      input: { enrolmentId, module: 'costs' },
    });
    const attemptId = started.data!.startQuizAttempt.id;
    const ds = t.dataSource;
    const cases = [
      [EnrolmentEntity, { id: enrolmentId }],
      [EnrolmentEntity, { id: enrolmentId, userId: user.id }],
      [EnrolmentEntity, { userId: user.id, courseSlug: 'basics' }],
      [EnrolmentEntity, { id: enrolmentId, userId: randomUUID() }],
      [QuizAttemptEntity, { id: attemptId, userId: user.id }],
      [QuizAttemptEntity, { id: randomUUID() }],
    ] as const;
    for (const [entity, where] of cases) {
      const expected = await ds.getRepository(entity).findOneBy(where as never);
      const actual = await findOneByKey(ds, entity, where as never);
      expect(actual, JSON.stringify(where)).toEqual(expected);
      if (expected) expect(actual).toBeInstanceOf(entity);
    }
    const attempt = await findOneByKey(ds, QuizAttemptEntity, { id: attemptId });
    expect(attempt?.startedAt).toBeInstanceOf(Date);
    expect(attempt?.submittedAt).toBeNull();
    expect(Array.isArray(attempt?.questions)).toBe(true);
  });

  it('leaves a null in the key to findOneBy, which refuses it', async () => {
    const where = { userId: randomUUID(), completedAt: null };
    const typeorm = await t.dataSource
      .getRepository(EnrolmentEntity)
      .findOneBy(where as never)
      .then(
        () => 'found',
        (e: Error) => e.message,
      );
    const ours = await findOneByKey(t.dataSource, EnrolmentEntity, where as never).then(
      () => 'found',
      (e: Error) => e.message,
    );
    expect(ours).toBe(typeorm);
    expect(ours).not.toBe('found');
  });

  it('findByKey returns what findBy returns, IsNull() included', async () => {
    const client = t.client();
    const user = await registerUser(client);
    const enrolmentId = await enrol(client, releaseId);
    for (const module of ['costs', 'intro'])
      await client.gql(START, { input: { enrolmentId, module } });
    const ds = t.dataSource;
    const byId = (rows: QuizAttemptEntity[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    const cases = [
      { enrolmentId, submittedAt: IsNull() },
      { enrolmentId, userId: user.id },
      { enrolmentId: randomUUID(), submittedAt: IsNull() },
    ];
    for (const where of cases) {
      const expected = await ds.getRepository(QuizAttemptEntity).findBy(where);
      const actual = await findByKey(ds, QuizAttemptEntity, where);
      expect(byId(actual), JSON.stringify(where)).toEqual(byId(expected));
      for (const a of actual) expect(a).toBeInstanceOf(QuizAttemptEntity);
    }
    expect(await findByKey(ds, QuizAttemptEntity, cases[0]!)).toHaveLength(2);
  });
});
