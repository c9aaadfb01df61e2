import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { grantRoleInDb, registerUser } from '../../test/factories.js';
import { useFixtureApp } from '../../test/fixture-app.js';
import type { TestApp } from '../../test/test-app.js';

let t: TestApp;
let releaseId: string;
useFixtureApp((app) => {
  ({ t, releaseId } = app);
});

const path = (locale: string, course = 'basics', release = releaseId) =>
  `/admin/releases/${release}/courses/${course}/${locale}.imscc`;

/** Collects a binary response body (supertest buffers text only); in Node the response is a stream. */
const binary = (res: unknown, done: (e: Error | null, body: Buffer) => void) => {
  const stream = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
};

async function admin() {
  const client = t.client();
  const user = await registerUser(client);
  await grantRoleInDb(t.dataSource, user.id, 'admin');
  return client;
}

describe('a course exported as IMS Common Cartridge', () => {
  it('gives an admin the course in the chosen language, every referenced file included', async () => {
    const client = await admin();
    const res = await client.agent.get(path('nl')).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toMatch(
      /attachment; filename="basics-.+-nl\.imscc"/,
    );
    const files = unzipSync(new Uint8Array(res.body as Buffer));
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
    const manifest = parser.parse(strFromU8(files['imsmanifest.xml']!)).manifest;
    const resources = [manifest.resources.resource].flat() as { file: { '@href': string } }[];
    for (const r of resources) expect(files[r.file['@href']], r.file['@href']).toBeDefined();
    // Dutch where the fixture has Dutch (module "intro"), the fallback elsewhere.
    const modules = [manifest.organizations.organization.item.item].flat() as { title: string }[];
    expect(modules.map((m) => m.title)).toHaveLength(2);
    const quiz = Object.keys(files).find((f) => f.endsWith('assessment.xml'))!;
    expect(strFromU8(files[quiz]!)).toContain('<varequal');
  });

  it('is for admins only: anonymous 401, a signed-in learner 403', async () => {
    expect((await t.client().agent.get(path('en'))).status).toBe(401);
    const learner = t.client();
    await registerUser(learner);
    expect((await learner.agent.get(path('en'))).status).toBe(403);
  });

  it('answers 404 with a message for an unknown release, course or language', async () => {
    const client = await admin();
    for (const p of [
      path('en', 'no-such-course'),
      path('xx'),
      path('en', 'basics', '00000000-0000-4000-8000-000000000000'),
      path('en', 'basics', 'not-a-uuid'),
    ]) {
      const res = await client.agent.get(p);
      expect(res.status, p).toBe(404);
      expect(JSON.stringify(res.body), p).toMatch(/not found/i);
    }
  });
});
