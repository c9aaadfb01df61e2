import { bootTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await bootTestApp();
});
afterAll(() => t.close());

const INTROSPECT = `{ __schema { queryType { name } } }`;

describe('security headers', () => {
  it('sends a strict CSP, nosniff, Referrer-Policy and COOP on every response', async () => {
    for (const res of [
      await t.client().agent.get('/healthz'),
      await t.client().agent.post('/graphql').send({ query: '{ __typename }' }),
    ]) {
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('same-origin');
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('sends HSTS only when a trusted proxy says the request came over HTTPS', async () => {
    const untrusted = await t.client().agent.get('/healthz').set('x-forwarded-proto', 'https');
    expect(untrusted.headers['strict-transport-security']).toBeUndefined();
    const proxied = await bootTestApp({ TRUST_PROXY: '1' });
    try {
      const https = await proxied.client().agent.get('/healthz').set('x-forwarded-proto', 'https');
      expect(https.headers['strict-transport-security']).toMatch(/^max-age=\d{8}/);
      const http = await proxied.client().agent.get('/healthz').set('x-forwarded-proto', 'http');
      expect(http.headers['strict-transport-security']).toBeUndefined();
    } finally {
      await proxied.close();
    }
  });

  it('keeps introspection and GraphiQL for development only', async () => {
    expect((await t.client().gql<{ __schema: unknown }>(INTROSPECT)).data?.__schema).toBeTruthy();
    const page = await t.client().agent.get('/graphql').set('accept', 'text/html');
    expect(page.text).toContain('graphiql');
    // GraphiQL is an inline page from unpkg.com: it gets a looser policy of its own, still unframeable.
    expect(page.headers['content-security-policy']).toContain('https://unpkg.com');
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");

    const production = await bootTestApp({ NODE_ENV: 'production' });
    try {
      const res = await production.client().gql(INTROSPECT);
      expect(res.data).toBeUndefined();
      expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const noPage = await production.client().agent.get('/graphql').set('accept', 'text/html');
      expect(noPage.text).not.toContain('graphiql');
      expect(noPage.headers['content-security-policy']).not.toContain('unsafe-inline');
    } finally {
      await production.close();
    }
    const opted = await bootTestApp({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' });
    try {
      expect(
        (await opted.client().gql<{ __schema: unknown }>(INTROSPECT)).data?.__schema,
      ).toBeTruthy();
    } finally {
      await opted.close();
    }
  });
});
