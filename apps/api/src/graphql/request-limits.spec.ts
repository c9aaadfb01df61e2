import { GraphQLSchemaHost } from '@nestjs/graphql';
import { isObjectType } from 'graphql';
import { grantRoleInDb, registerUser } from '../../test/factories.js';
import { bootTestApp, type TestApp } from '../../test/test-app.js';
import { XliffService } from '../curriculum/xliff.service.js';
import { FIELD_COSTS } from './field-costs.js';
import { MAX_ALIASES_PER_FIELD, MAX_QUERY_COMPLEXITY } from './graphql-options.js';

let t: TestApp;
beforeAll(async () => {
  t = await bootTestApp();
});
afterAll(() => t.close());

const SCENARIO = {
  currency: 'EUR',
  periodYears: 10,
  discountRate: 0.03,
  offers: [{ id: 'a', acquisition: { purchase: 1000 } }],
};

/** POSTs a query and keeps the HTTP status, which the plain `gql` helper drops. */
async function post(query: string, variables: Record<string, unknown> = {}, client = t.client()) {
  const res = await client.agent
    .post('/graphql')
    .set('content-type', 'application/json')
    .send({ query, variables });
  return {
    status: res.status,
    body: res.body as {
      data?: unknown;
      errors?: { message: string; extensions?: { code?: string } }[];
    },
  };
}

const aliased = (n: number, field: string) =>
  Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');

describe('work per request is bounded by cost', () => {
  it('refuses 500 aliased LCC calculations from an anonymous client with a 400, before running any', async () => {
    const started = Date.now();
    const res = await post(
      `query($s: JSONObject!) { ${aliased(500, 'calculateLcc(scenario: $s)')} }`,
      { s: SCENARIO },
    );
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.body.errors?.[0]?.message).toContain('Query.calculateLcc');
    expect(res.body.data).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it(`allows a field under ${MAX_ALIASES_PER_FIELD} aliases, not one more, fragments included`, async () => {
    const ok = await post(
      `query($s: JSONObject!) { ${aliased(MAX_ALIASES_PER_FIELD, 'calculateLcc(scenario: $s)')} }`,
      { s: SCENARIO },
    );
    expect(ok.status).toBe(200);
    expect(ok.body.errors).toBeUndefined();
    const half = Math.ceil((MAX_ALIASES_PER_FIELD + 1) / 2);
    const split = `query($s: JSONObject!) { ...A ...B }
      fragment A on Query { ${aliased(half, 'calculateLcc(scenario: $s)')} }
      fragment B on Query { ${Array.from({ length: half }, (_, i) => `b${i}: calculateLcc(scenario: $s)`).join(' ')} }`;
    const refused = await post(split, { s: SCENARIO });
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('prices expensive fields, and answers an over-budget request with 400 QUERY_TOO_COMPLEX', async () => {
    // 10 LCC runs + 10 searches + 10 credential checks: each group within the alias cap, together over budget.
    const query = `query($s: JSONObject!) {
      ${aliased(10, 'calculateLcc(scenario: $s)')}
      ${Array.from({ length: 10 }, (_, i) => `p${i}: practices(locale: "en", search: "reuse ${i}") { total }`).join(' ')}
      ${Array.from({ length: 10 }, (_, i) => `c${i}: checkCredential(credential: "x${i}") { valid }`).join(' ')}
    }`;
    const res = await post(query, { s: SCENARIO });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.body.errors?.[0]?.message).toContain(`limit is ${MAX_QUERY_COMPLEXITY}`);
  });

  it('prices the same query text again when its variables switch an expensive part on', async () => {
    // The estimate is remembered per document; @include makes it depend on the variables.
    const query = `query($s: JSONObject!, $all: Boolean!) {
      ${aliased(10, 'calculateLcc(scenario: $s)')}
      ${Array.from({ length: 10 }, (_, i) => `p${i}: practices(locale: "en", search: "reuse ${i}") @include(if: $all) { total }`).join(' ')}
      ${Array.from({ length: 10 }, (_, i) => `c${i}: checkCredential(credential: "x${i}") @include(if: $all) { valid }`).join(' ')}
    }`;
    const cheap = await post(query, { s: SCENARIO, all: false });
    expect(cheap.status).toBe(200);
    expect(cheap.body.errors).toBeUndefined();
    const dear = await post(query, { s: SCENARIO, all: true });
    expect(dear.status).toBe(400);
    expect(dear.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect((await post(query, { s: SCENARIO, all: false })).status).toBe(200);
  });

  it('lets an editor export a few XLIFF files per request, reading the curriculum folder once', async () => {
    const editor = t.client();
    const user = await registerUser(editor);
    await grantRoleInDb(t.dataSource, user.id, 'editor');
    const xliff = t.app.get(XliffService);
    const reads = xliff.folderReads;
    const allowed = Math.floor(MAX_QUERY_COMPLEXITY / FIELD_COSTS['Query.translationXliff']!);
    const ok = await post(`{ ${aliased(allowed, 'translationXliff(locale: "de")')} }`, {}, editor);
    expect(ok.status).toBe(200);
    expect(ok.body.errors).toBeUndefined();
    expect(await editor.gql(`{ translationXliff(locale: "nl") }`)).not.toHaveProperty('errors');
    expect(xliff.folderReads - reads).toBeLessThanOrEqual(1);
    const tooMany = await post(
      `{ ${aliased(allowed + 1, 'translationXliff(locale: "de")')} }`,
      {},
      editor,
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('names only fields that exist in the schema in its price list', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    for (const coordinate of Object.keys(FIELD_COSTS)) {
      const [typeName, fieldName] = coordinate.split('.') as [string, string];
      const type = schema.getType(typeName);
      expect(isObjectType(type) && fieldName in type.getFields(), coordinate).toBe(true);
    }
  });
});
