import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { bootTestApp, type TestApp } from '../../test/test-app.js';

// Issue 14, item 13: the API's own responses travel compressed. Fastify's inject gives the bytes
// as sent (supertest and fetch would inflate them before the test sees them).
let t: TestApp;
beforeAll(async () => {
  t = await bootTestApp();
});
afterAll(() => t.close());

/** The schema's introspection: a JSON answer of several KB in development. */
const LARGE = { query: '{ __schema { types { name fields { name } } } }' };
const post = (body: unknown, headers: Record<string, string>) =>
  t.app
    .getHttpAdapter()
    .getInstance()
    .inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', ...headers },
      payload: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
    });
const typeCount = (json: Buffer) =>
  (JSON.parse(json.toString('utf8')) as { data: { __schema: { types: unknown[] } } }).data.__schema
    .types.length;

describe('compressed API responses', () => {
  it('answers in brotli when the client accepts it, else gzip, varying on the encoding', async () => {
    const plain = await post(LARGE, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(4_000);
    const types = typeCount(plain.rawPayload);
    expect(types).toBeGreaterThan(20);

    const br = await post(LARGE, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(String(br.headers.vary)).toMatch(/accept-encoding/i);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(typeCount(brotliDecompressSync(br.rawPayload))).toBe(types);

    const gz = await post(LARGE, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(typeCount(gunzipSync(gz.rawPayload))).toBe(types);
  });

  it('leaves answers under 1 KB as they are', async () => {
    const small = await post({ query: '{ __typename }' }, { 'accept-encoding': 'br' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body)).toEqual({ data: { __typename: 'Query' } });
  });

  it('does not inflate compressed request bodies', async () => {
    const res = await post(gzipSync(JSON.stringify({ query: '{ __typename }' })), {
      'content-encoding': 'gzip',
    });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.body).not.toContain('"__typename":"Query"');
  });
});
