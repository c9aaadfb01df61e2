import { randomUUID } from 'node:crypto';
import { Kind, parse, type GraphQLResolveInfo } from 'graphql';
import { registerUser } from '../../test/factories.js';
import { countStatements } from '../../test/sql-counter.js';
import { cachePublicContent, mayBeCached } from './response-cache.js';
import { useFixtureApp } from '../../test/fixture-app.js';
import { enrol } from '../../test/learning-helpers.js';
import type { TestApp, TestClient } from '../../test/test-app.js';

let t: TestApp;
let releaseId: string;
// Verification is limited per client address, and other spec files verify from 127.0.0.1 against
// the same database at the same time: each request here comes from an address of its own.
useFixtureApp(
  (app) => {
    ({ t, releaseId } = app);
  },
  { TRUST_PROXY: 'loopback' },
);
let address = 0;

const CATALOGUE = `query($r: ID) { courses(releaseId: $r, locale: "en") { slug title modules { slug lessons { slug minutes } } translation { complete } } }`;

/** POSTs a query; `cached` is true when Apollo's response cache answered (it sets `age`). */
async function post(client: TestClient, query: string, variables: Record<string, unknown> = {}) {
  const res = await client.agent
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('x-forwarded-for', `203.0.113.${(address++ % 250) + 1}`)
    .send({ query, variables });
  return {
    status: res.status,
    body: res.body as { data?: Record<string, unknown>; errors?: unknown[] },
    cached: res.headers['age'] !== undefined,
    cacheControl: res.headers['cache-control'] as string | undefined,
  };
}

describe('the response cache serves public release content only', () => {
  it('answers a repeated anonymous catalogue from memory, the same as the first time', async () => {
    const first = await post(t.client(), CATALOGUE, { r: releaseId });
    expect(first.body.errors).toBeUndefined();
    expect(first.cacheControl).toBe('max-age=5, public');
    const { result: again, statements } = await countStatements(() =>
      post(t.client(), CATALOGUE, { r: releaseId }),
    );
    expect(again.cached).toBe(true);
    expect(statements).toEqual([]);
    expect(again.body).toEqual(first.body);
  });

  it('never shares an answer that holds a per-user field', async () => {
    const query = `query($r: ID) { courses(releaseId: $r, locale: "en") { slug } myEnrolments { courseSlug } }`;
    const enrolled = t.client();
    await registerUser(enrolled);
    await enrol(enrolled, releaseId);
    const other = t.client();
    await registerUser(other);
    const a = await post(enrolled, query, { r: releaseId });
    const b = await post(other, query, { r: releaseId });
    const a2 = await post(enrolled, query, { r: releaseId });
    expect([a.cached, b.cached, a2.cached]).toEqual([false, false, false]);
    expect(a.cacheControl).toBe('no-store');
    expect(a.body.data?.myEnrolments).toEqual([{ courseSlug: 'basics' }]);
    expect(b.body.data?.myEnrolments).toEqual([]);
  });

  it('never caches certificate verification: a revocation shows on the next request', async () => {
    const learner = t.client();
    await registerUser(learner);
    const enrolmentId = await enrol(learner, releaseId);
    const id = randomUUID();
    await t.dataSource.query(
      `INSERT INTO certificates (id, user_id, enrolment_id, course_slug, course_title, release_id, curriculum_version,
                                 content_hash, recipient_name, locale, issued_at, jwt, kid)
       SELECT $1, e.user_id, e.id, e.course_slug, 'Basics', e.release_id, r.version, r.content_hash,
              'Ann', 'en', now(), '', 'test-key'
         FROM enrolments e JOIN curriculum_releases r ON r.id = e.release_id WHERE e.id = $2`,
      [id, enrolmentId],
    );
    const verify = `query($id: ID!) { certificate(id: $id) { id status } }`;
    const valid = await post(t.client(), verify, { id });
    expect(valid.body.data?.certificate).toEqual({ id, status: 'valid' });
    // The per-address limit and the certificate (one statement, decision record 0020), on every
    // request: nothing is served from memory.
    const again = await countStatements(() => post(t.client(), verify, { id }));
    expect(again.result.cached).toBe(false);
    expect(again.statements).toHaveLength(1);
    expect(again.statements[0]).toMatch(/rate_limits[\s\S]*certificates/);
    await t.dataSource.query(
      `UPDATE certificates SET revoked_at = now(), revoked_reason = 'Test' WHERE id = $1`,
      [id],
    );
    const revoked = await post(t.client(), verify, { id });
    expect(revoked.cached).toBe(false);
    expect(revoked.body.data?.certificate).toEqual({ id, status: 'revoked' });
  });

  it('still applies the input checks to a cached query', async () => {
    await post(t.client(), CATALOGUE, { r: releaseId });
    const bad = await post(t.client(), CATALOGUE, { r: 'not-a-uuid' });
    expect(bad.status).toBe(400);
  });
});

describe('which operations may be answered from the cache', () => {
  const operation = (source: string) =>
    parse(source).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);

  it('only queries made of public-content root fields', () => {
    expect(mayBeCached(operation('{ courses { slug } }'))).toBe(true);
    expect(mayBeCached(operation('{ __typename course(slug: "a") { slug } }'))).toBe(true);
    expect(mayBeCached(operation('{ courses { slug } myEnrolments { courseSlug } }'))).toBe(false);
    expect(mayBeCached(operation('query($id: ID!) { certificate(id: $id) { id } }'))).toBe(false);
    expect(mayBeCached(operation('{ ...F } fragment F on Query { courses { slug } }'))).toBe(false);
    expect(mayBeCached(operation('mutation { courses }'))).toBe(false);
  });

  it('refuses a cache hint from a root field the list does not name', () => {
    const info = { parentType: { name: 'Query' }, fieldName: 'myEnrolments' } as GraphQLResolveInfo;
    expect(() => cachePublicContent(info)).toThrow(/PUBLIC_CONTENT_FIELDS/);
  });
});
