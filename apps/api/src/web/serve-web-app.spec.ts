import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import supertest from 'supertest';
import { apiPaths, serveWebApp, signedOutMeta } from './serve-web-app.js';

describe('which paths the API keeps from the web app', () => {
  it.each([
    '/graphql',
    '/readyz',
    '/issuer',
    '/.well-known/jwks.json',
    '/verify-api/abc',
    '/certificates/abc/certificate.pdf',
    '/certificates/abc/credential.jwt',
    '/cohorts/abc/calendar.ics',
    '/cohorts/abc/export/progress.csv',
    '/cohorts/abc/kit/intro/slides.html',
    '/cohorts/abc/kit/evaluation-form.pdf',
    '/calendar/tok.ics',
    '/live/abc/results.csv',
    '/organisation/training-report.csv',
    '/admin/releases/abc/courses/basics/nl.imscc',
  ])('%s is the API’s', (path) => expect(apiPaths.test(path)).toBe(true));
  it.each([
    '/',
    '/certificates',
    '/verify/abc',
    '/cohorts',
    '/cohorts/abc',
    '/learn/m/l',
    '/issuers',
    '/admin/export',
    '/admin/jobs',
    '/organisation/members',
    '/live',
    '/live/K7M2QX',
    '/live/session/abc',
  ])('%s is the web app’s', (path) => expect(apiPaths.test(path)).toBe(false));
});

describe('the built web app’s assets', () => {
  const script = `console.log(${JSON.stringify('circular '.repeat(200))});`;
  let dir: string;
  let fastify: FastifyInstance;
  const request = () => supertest(fastify.server);
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'web-dist-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Academy</title>');
    writeFileSync(join(dir, 'assets', 'app-1a2b.js'), script);
    writeFileSync(join(dir, 'assets', 'app-1a2b.js.br'), brotliCompressSync(script));
    writeFileSync(join(dir, 'assets', 'app-1a2b.js.gz'), gzipSync(script));
    writeFileSync(join(dir, 'assets', 'plain-3c4d.js'), 'export {};');
    writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    fastify = Fastify();
    expect(await serveWebApp(fastify, dir)).toBe(true);
    await fastify.ready();
  });
  afterAll(async () => {
    await fastify.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends the brotli copy first, else gzip, else the file itself, varying on the encoding', async () => {
    const br = await request()
      .get('/assets/app-1a2b.js')
      .set('Accept-Encoding', 'gzip, deflate, br');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(Number(br.headers['content-length'])).toBeLessThan(script.length / 10);
    expect(br.text).toBe(script);

    const gz = await request().get('/assets/app-1a2b.js').set('Accept-Encoding', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.text).toBe(script);

    const identity = await request().get('/assets/app-1a2b.js').set('Accept-Encoding', 'identity');
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.text).toBe(script);
    // One weak validator for the three codings of the same content.
    expect(br.headers.etag).toMatch(/^W\/"[\w-]+"$/);
    expect(new Set([br, gz, identity].map((r) => r.headers.etag)).size).toBe(1);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const head = await request().head('/assets/app-1a2b.js').set('Accept-Encoding', 'br');
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
    expect(head.text ?? '').toBe('');
  });

  it('caches hashed assets for a year, serves files without copies as they are, and 404s the rest', async () => {
    const res = await request().get('/assets/plain-3c4d.js').set('Accept-Encoding', 'br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await request().get('/assets/missing.js')).status).toBe(404);
  });

  it('answers client-side routes with index.html, never cached, and leaves API paths to the API', async () => {
    const page = await request().get('/cohorts/abc').set('Accept', 'text/html,*/*;q=0.8');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.text).toContain('<title>Academy</title>');
    expect((await request().get('/')).text).toContain('<title>Academy</title>');

    expect((await request().get('/lti/unknown').set('Accept', 'text/html')).status).toBe(404);
    expect((await request().get('/cohorts/abc').set('Accept', 'application/json')).status).toBe(
      404,
    );
    expect((await request().post('/cohorts/abc').set('Accept', 'text/html')).status).toBe(404);

    const icon = await request().get('/favicon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers['content-type']).toMatch(/svg/);
  });
});

describe('route preloads in the HTML', () => {
  let dir: string;
  let fastify: FastifyInstance;
  const request = () => supertest(fastify.server);
  // As the web build writes them (apps/web/build/route-preloads.ts): vue-router's order and patterns.
  const preloads = {
    routes: [
      {
        path: '/learn/:module/quiz',
        pattern: '^\\/learn\\/([^/]+?)\\/quiz\\/?$',
        flags: 'i',
        js: ['/assets/QuizPage-1.js'],
        css: [],
        messages: { en: ['/assets/learning.en-1.js'], de: ['/assets/learning.de-1.js'] },
      },
      {
        path: '/learn/:module/:lesson',
        pattern: '^\\/learn\\/([^/]+?)\\/([^/]+?)\\/?$',
        flags: 'i',
        js: ['/assets/LessonPage-1.js', '/assets/useApiQuery-1.js'],
        css: ['/assets/LessonPage-1.css'],
        messages: { en: ['/assets/lcc.en-1.js'], de: ['/assets/lcc.de-1.js'] },
      },
    ],
    sourceLocale: 'en',
    locales: { de: ['/assets/de-1.js', '/assets/other-feature-files-1.js'] },
  };
  /** A build of these files, served with these options; a start-up that throws is returned. */
  const boot = async (
    files: Record<string, string>,
    options?: Parameters<typeof serveWebApp>[2],
  ): Promise<unknown> => {
    dir = mkdtempSync(join(tmpdir(), 'web-dist-'));
    mkdirSync(join(dir, 'assets'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    fastify = Fastify();
    try {
      expect(await serveWebApp(fastify, dir, options)).toBe(true);
    } catch (error) {
      return error;
    }
    await fastify.ready();
    return undefined;
  };
  afterEach(async () => {
    await fastify.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const html = '<!doctype html><html><head><title>Academy</title></head><body></body></html>';
  const linksOf = (text: string) =>
    [...text.matchAll(/<link rel="(modulepreload|preload)"[^>]* href="([^"]+)">/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );

  it('names the page’s chunks, styles and English strings in the head', async () => {
    await boot({ 'index.html': html, 'route-preloads.json': JSON.stringify(preloads) });
    const page = await request().get('/learn/why/linear').set('Accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.headers.vary).toMatch(/Accept-Language/);
    expect(linksOf(page.text)).toEqual([
      'modulepreload /assets/LessonPage-1.js',
      'modulepreload /assets/useApiQuery-1.js',
      'modulepreload /assets/lcc.en-1.js',
      'preload /assets/LessonPage-1.css',
    ]);
    expect(page.text.indexOf('<link')).toBeGreaterThan(page.text.indexOf('<title>'));
    expect(page.text.indexOf('<link')).toBeLessThan(page.text.indexOf('</head>'));
    // The static segment outranks the parameter, as in vue-router.
    const quiz = await request().get('/learn/why/quiz').set('Accept', 'text/html');
    expect(linksOf(quiz.text)).toEqual([
      'modulepreload /assets/QuizPage-1.js',
      'modulepreload /assets/learning.en-1.js',
    ]);
    expect(linksOf((await request().get('/unknown').set('Accept', 'text/html')).text)).toEqual([]);
    // The build's list itself is not served (a browser asking for it gets the app's page).
    const list = await request().get('/route-preloads.json');
    expect(list.text).not.toContain('"routes"');
    expect(
      (await request().get('/route-preloads.json').set('Accept', 'application/json')).status,
    ).toBe(404);
  });

  it('names the strings of the language the app will start in, from the browser’s languages', async () => {
    await boot({ 'index.html': html, 'route-preloads.json': JSON.stringify(preloads) });
    const german = await request()
      .get('/learn/why/linear')
      .set('Accept', 'text/html')
      .set('Accept-Language', 'pl-PL, de-AT;q=0.9, en;q=0.5');
    expect(linksOf(german.text)).toEqual([
      'modulepreload /assets/de-1.js',
      'modulepreload /assets/other-feature-files-1.js',
      'modulepreload /assets/LessonPage-1.js',
      'modulepreload /assets/useApiQuery-1.js',
      'modulepreload /assets/lcc.de-1.js',
      'preload /assets/LessonPage-1.css',
    ]);
  });

  it('says when the request carries no session cookie, so the app need not ask who is signed in', async () => {
    await boot(
      { 'index.html': html },
      {
        mayHaveSession: (request) => request.headers.cookie?.includes('academy_session=') ?? false,
      },
    );
    const anonymous = await request().get('/courses').set('Accept', 'text/html');
    expect(anonymous.text).toContain(`${signedOutMeta}</head>`);
    const withCookie = await request()
      .get('/courses')
      .set('Accept', 'text/html')
      .set('Cookie', 'academy_session=abc');
    expect(withCookie.text).toBe(html);
  });

  it('serves index.html as built when the build has no preload list', async () => {
    await boot({ 'index.html': html });
    const page = await request().get('/learn/why/linear').set('Accept', 'text/html');
    expect(page.text).toBe(html);
  });

  it('refuses a preload list that names anything but the build’s assets', async () => {
    const bad = structuredClone(preloads);
    bad.routes[0]!.js = ['https://elsewhere.example/x.js'];
    const refused = await boot({ 'index.html': html, 'route-preloads.json': JSON.stringify(bad) });
    expect(String(refused)).toMatch(/route-preloads\.json.*elsewhere/);
  });
});
