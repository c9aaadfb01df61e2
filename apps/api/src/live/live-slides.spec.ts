import { curriculumCopy } from '../../test/curriculum-fixture.js';
import { bootTestApp, type TestApp } from '../../test/test-app.js';
import { addMembersInDb, cookieClient, createCohort } from '../cohorts/cohort.fixtures.js';
import { writeKit } from '../cohorts/kit/kit.fixtures.js';
import { importCurriculumFolder } from '../curriculum/import-bundled.js';
import { JOIN_LIVE, call, signedInUser } from './live.fixtures.js';

let t: TestApp;
let releaseId: string;
const fixture = curriculumCopy();
beforeAll(async () => {
  writeKit(fixture.root, fixture.edit); // slides for "intro"; "costs" has none
  t = await bootTestApp();
  const [core] = await importCurriculumFolder(t.dataSource, fixture.root);
  releaseId = core!.releaseId;
});
afterAll(async () => {
  fixture.cleanup();
  await t?.close();
});

const SESSION = `mutation($i: CreateSessionInput!) { createCohortSession(input: $i) { id } }`;
const START = `mutation($id: ID!) { startLiveSession(input: { cohortSessionId: $id }) { id joinCode slideIndex } }`;
const SLIDES = `query($id: ID!) { liveSlides(liveSessionId: $id) { module moduleTitle source html heading } }`;
const SHOW = `mutation($i: ShowLiveSlideInput!) { showLiveSlide(input: $i) { slideIndex } }`;
const STATE = `query($id: ID!) { liveSession(id: $id) { slideIndex } }`;
const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

type Slide = { module: string; source: string; html: string | null; heading: string | null };

describe('slides on the projector', () => {
  it('shows the kit’s slides, else the lesson headings, and keeps the current slide in the database', async () => {
    const host = await signedInUser(t, 'host');
    const cohort = await createCohort(host.client, releaseId);
    const created = await host.client.gql<{ createCohortSession: { id: string } }>(SESSION, {
      i: {
        cohortId: cohort.id,
        title: 'Day one',
        startsAt: hours(-1),
        endsAt: hours(2),
        modules: ['intro', 'costs'],
      },
    });
    const started = await host.client.gql<{
      startLiveSession: { id: string; joinCode: string; slideIndex: number };
    }>(START, { id: created.data!.createCohortSession.id });
    const live = started.data!.startLiveSession;
    expect(live.slideIndex).toBe(0);

    const res = await host.client.gql<{ liveSlides: Slide[] }>(SLIDES, { id: live.id });
    expect(res.errors).toBeUndefined();
    const slides = res.data!.liveSlides;
    expect(slides.map((s) => [s.module, s.source])).toEqual([
      ['intro', 'kit'],
      ['intro', 'kit'],
      ['costs', 'headings'],
    ]);
    expect(slides[0]!.html).toContain('Linear or circular?');
    expect(slides[1]!.html).not.toContain('<script>'); // sanitised by the curriculum renderer
    expect(slides[2]!.heading).toBe('Life-cycle costing basics');

    const shown = await host.client.gql<{ showLiveSlide: { slideIndex: number } }>(SHOW, {
      i: { liveSessionId: live.id, index: 2 },
    });
    expect(shown.data!.showLiveSlide.slideIndex).toBe(2);
    // A reloaded projector (a new client, whichever replica answers) shows the same slide.
    const again = cookieClient(t, host.token);
    const reloaded = await again.gql<{ liveSession: { slideIndex: number } }>(STATE, {
      id: live.id,
    });
    expect(reloaded.data!.liveSession.slideIndex).toBe(2);

    const beyond = await host.client.gql(SHOW, { i: { liveSessionId: live.id, index: 3 } });
    expect(beyond.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const negative = await host.client.gql(SHOW, { i: { liveSessionId: live.id, index: -1 } });
    expect(negative.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    // Participants neither move nor read the deck (the kit is for hosts).
    const ann = await signedInUser(t);
    await addMembersInDb(t, cohort.id, [ann.id]);
    await call(ann.client, 'joinLiveSession', JOIN_LIVE, { code: live.joinCode });
    const moved = await ann.client.gql(SHOW, { i: { liveSessionId: live.id, index: 0 } });
    expect(moved.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const read = await ann.client.gql(SLIDES, { id: live.id });
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
