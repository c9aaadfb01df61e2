import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiscoveryService } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { ACCESS_RULES } from '../src/common/access.js';
import { bootTestApp, type TestApp } from './test-app.js';
import { NOTICE_VERSION } from './factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await bootTestApp();
});
afterAll(() => t.close());

describe('GraphQL conventions', () => {
  it('keeps the committed schema.gql current (UPDATE_SCHEMA=1 rewrites it)', () => {
    const { schema } = t.app.get(GraphQLSchemaHost);
    const printed = printSchema(lexicographicSortSchema(schema)) + '\n';
    const file = join(import.meta.dirname, '../schema.gql');
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(file, printed);
    const committed = readFileSync(file, 'utf8');
    expect(committed, 'apps/api/schema.gql is stale: run `npm run schema -w @academy/api`').toBe(
      printed,
    );
  });

  it('gives every query and mutation an access rule', () => {
    const discovery = t.app.get(DiscoveryService);
    const missing: string[] = [];
    let handlers = 0;
    for (const wrapper of discovery.getProviders()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || !wrapper.metatype) continue;
      const proto = Object.getPrototypeOf(instance) as object;
      for (const key of Object.getOwnPropertyNames(proto)) {
        const method = Object.getOwnPropertyDescriptor(proto, key)?.value as unknown; // no getters
        if (typeof method !== 'function') continue;
        const kind = Reflect.getMetadata('graphql:resolver_type', method) as string | undefined;
        if (kind !== 'Query' && kind !== 'Mutation' && kind !== 'Subscription') continue;
        handlers++;
        const rule =
          Reflect.getMetadata(ACCESS_RULES, method) ??
          Reflect.getMetadata(ACCESS_RULES, wrapper.metatype);
        if (!rule) missing.push(`${wrapper.name}.${key}`);
      }
    }
    expect(handlers).toBeGreaterThan(5);
    expect(missing, `resolvers without @Allow(...): ${missing.join(', ')}`).toEqual([]);
  });

  it('puts extensions.code on errors, including unknown fields', async () => {
    const res = await t.client().gql(`{ nope }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('rejects queries nested deeper than the limit', async () => {
    let q = 'id';
    for (let i = 0; i < 12; i++) q = `__typename me { ${q} }`.replace('me {', 'organisation: me {');
    const res = await t.client().gql(`{ me { ${q} } }`);
    expect(res.errors?.[0]?.extensions?.code).toBeDefined();
    expect(res.data ?? null).toBeNull();
  });

  it('refuses a cross-site form post (CSRF) and writes nothing', async () => {
    const email = 'csrf-victim@example.test';
    const res = await t
      .client()
      .agent.post('/graphql')
      .type('form')
      .send({
        query: `mutation { register(input: { email: "${email}", password: "long enough password", displayName: "x", privacyNoticeVersion: "${NOTICE_VERSION}" }) }`,
      });
    expect(res.status).toBeGreaterThanOrEqual(400);
    const rows = await t.dataSource.query(`SELECT 1 FROM users WHERE email_key = $1`, [email]);
    expect(rows).toHaveLength(0);
  });
});

describe('HTTP endpoints', () => {
  it('answers /healthz and /readyz, and tags responses with a request id', async () => {
    const c = t.client();
    const health = await c.agent.get('/healthz');
    expect(health.body).toEqual({ status: 'ok' });
    // A trailing slash names the same route, as it did under Express.
    expect((await c.agent.get('/healthz/')).body).toEqual({ status: 'ok' });
    const ready = await c.agent.get('/readyz').set('x-request-id', 'abc-123');
    expect(ready.body).toEqual({ status: 'ready', database: 'up' });
    expect(ready.headers['x-request-id']).toBe('abc-123');
    const generated = await c.agent.get('/healthz').set('x-request-id', 'bad id with spaces');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('marks the session cookie Secure behind an HTTPS proxy', async () => {
    const proxied = await bootTestApp({ TRUST_PROXY: '1' });
    try {
      const i = {
        email: `secure-${Date.now()}@example.test`,
        password: 'long enough password',
        displayName: 'S',
        privacyNoticeVersion: NOTICE_VERSION,
      };
      await proxied.client().gql(`mutation($i: RegisterInput!) { register(input: $i) }`, { i });
      const res = await proxied
        .client()
        .agent.post('/graphql')
        .set('content-type', 'application/json')
        .set('x-forwarded-proto', 'https')
        .send({
          query: `mutation($i: LoginInput!) { login(input: $i) { id } }`,
          variables: { i: { email: i.email, password: i.password } },
        });
      expect(String(res.headers['set-cookie'])).toMatch(/; Secure/);
    } finally {
      await proxied.close();
    }
  });
});
