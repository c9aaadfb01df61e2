// @vitest-environment jsdom
import { CombinedError } from '@urql/core';
import { flushPromises, mount } from '@vue/test-utils';
import { client } from '../graphql/client';
import {
  ImportLtiRosterDocument,
  LtiCourseRostersDocument,
  LtiRosterPreviewDocument,
} from '../graphql/generated';
import { i18n, setLocale, useFeatureMessages } from '../i18n';
import CohortLtiRoster from './CohortLtiRoster.vue';

const COHORT = '11111111-1111-4111-8111-111111111111';
const ROSTER = '22222222-2222-4222-8222-222222222222';
const SCOPE = 'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly';
const rosters = [
  {
    id: ROSTER,
    courseTitle: 'Circular procurement 101',
    platformName: 'Moodle of Rosterville',
    lastLaunchAt: '2026-11-30T12:00:00.000Z',
  },
  {
    id: '33333333-3333-4333-8333-333333333333',
    courseTitle: 'Older course',
    platformName: 'Canvas of Ghent',
    lastLaunchAt: '2026-10-01T09:15:00.000Z',
  },
];
const preview = {
  courseTitle: 'Circular procurement 101',
  leftOut: 3,
  freePlaces: 10,
  fits: true,
  entries: [
    { name: 'Zoë Member', email: 'zoe@example.org', action: 'MEMBER', reason: null },
    { name: 'Pat Private', email: null, action: 'SKIP', reason: 'NO_EMAIL' },
    { name: 'Nina New', email: 'nina@example.org', action: 'INVITE', reason: null },
    { name: 'Lee Linked', email: null, action: 'JOIN', reason: null },
  ],
};

type Answer = { data?: unknown; error?: CombinedError };
const reply = (a: Answer) => ({ toPromise: () => Promise.resolve(a) });

/** Answers each query document as urql would; returns the spies to inspect the calls. */
function api(answers: { rosters?: Answer; preview?: Answer; import?: Answer }) {
  const query = vi.spyOn(client, 'query').mockImplementation(((doc: unknown) => {
    if (doc === LtiCourseRostersDocument)
      return reply(answers.rosters ?? { data: { ltiCourseRosters: rosters } });
    if (doc === LtiRosterPreviewDocument)
      return reply(answers.preview ?? { data: { ltiRosterPreview: preview } });
    throw new Error('unexpected query');
  }) as unknown as typeof client.query);
  const mutation = vi.spyOn(client, 'mutation').mockImplementation(((doc: unknown) => {
    if (doc === ImportLtiRosterDocument)
      return reply(
        answers.import ?? {
          data: { importLtiRoster: { joined: 1, invited: 1, invitationsSent: 0 } },
        },
      );
    throw new Error('unexpected mutation');
  }) as unknown as typeof client.mutation);
  return { query, mutation };
}

async function mounted() {
  const wrapper = mount(CohortLtiRoster, {
    props: { cohortId: COHORT },
    global: { plugins: [i18n] },
  });
  await flushPromises();
  return wrapper;
}

const button = (w: Awaited<ReturnType<typeof mounted>>, text: string) =>
  w.findAll('button').find((b) => b.text().startsWith(text));

describe('importing a cohort from a learning platform course roster', () => {
  beforeAll(() => useFeatureMessages(['lti', 'cohorts']));
  afterEach(async () => {
    vi.restoreAllMocks();
    await setLocale('en');
  });

  it('lists the courses the host launched from, newest preselected', async () => {
    api({});
    const w = await mounted();
    expect(w.get('h3').text()).toBe('Import from your learning platform');
    const radios = w.findAll('input[type="radio"]');
    expect(radios).toHaveLength(2);
    expect((radios[0]!.element as HTMLInputElement).checked).toBe(true);
    expect(w.get(`label[for="lti-roster-${ROSTER}"]`).text()).toBe(
      'Circular procurement 101 Moodle of Rosterville, last opened on 30 November 2026',
    );
    expect(button(w, 'Import ')).toBeUndefined();
  });

  it('explains how a course gets here when there is none', async () => {
    api({ rosters: { data: { ltiCourseRosters: [] } } });
    const w = await mounted();
    expect(w.text()).toContain('No course from your learning platform yet');
    expect(w.text()).toContain('signed in there as a teacher');
    expect(w.find('fieldset').exists()).toBe(false);
    expect(button(w, 'Check the roster')).toBeUndefined();
  });

  it('previews each learner with the outcome, reasons and counts', async () => {
    const { query } = api({});
    const w = await mounted();
    await button(w, 'Check the roster')!.trigger('click');
    await flushPromises();
    expect(query).toHaveBeenCalledWith(LtiRosterPreviewDocument, {
      cohortId: COHORT,
      rosterId: ROSTER,
    });
    expect(w.get('[role="status"]').text()).toBe(
      'The roster has 4 learners. Nothing has been written yet.',
    );
    const rows = w.findAll('tbody tr').map((r) => r.text());
    // Whom the import acts on first, then the skipped, then those already there.
    expect(rows).toEqual([
      'Lee Linked(no address shared)✓Joins at once',
      'Nina Newnina@example.org✉Invited by email',
      'Pat Private(no address shared)✗Skipped: the platform shares no email address',
      'Zoë Memberzoe@example.org•Already a participant',
    ]);
    const counts = w.findAll('[data-testid="roster-counts"] li').map((li) => li.text());
    expect(counts).toEqual([
      '1 person joins at once (account linked to the platform)',
      '1 invitation by email',
      '1 already a participant',
      '0 already invited',
      '1 skipped (the table says why)',
      '3 left out: teachers, other roles or inactive members',
      '10 free places in the cohort',
    ]);
    expect(button(w, 'Import ')!.text()).toBe('Import 2 people');
  });

  it('imports after confirming, shows the result and tells the page', async () => {
    const { mutation } = api({});
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    const w = await mounted();
    await button(w, 'Check the roster')!.trigger('click');
    await flushPromises();
    await button(w, 'Import ')!.trigger('click');
    await flushPromises();
    expect(confirm).toHaveBeenCalledWith(
      'Import the roster of Circular procurement 101 into this cohort? Joining at once: 1. Invited by email: 1.',
    );
    expect(mutation).toHaveBeenCalledWith(ImportLtiRosterDocument, {
      cohortId: COHORT,
      rosterId: ROSTER,
    });
    expect(w.get('[role="status"]').text()).toBe(
      '1 person joined the cohort. 1 invitation created. Send it from the outbox; the person joins after accepting it.',
    );
    expect(w.emitted('imported')).toHaveLength(1);
    expect(w.find('table').exists()).toBe(false);
  });

  it('does nothing when the host cancels the confirmation', async () => {
    const { mutation } = api({});
    vi.spyOn(window, 'confirm').mockReturnValue(false);
    const w = await mounted();
    await button(w, 'Check the roster')!.trigger('click');
    await flushPromises();
    await button(w, 'Import ')!.trigger('click');
    await flushPromises();
    expect(mutation).not.toHaveBeenCalled();
    expect(w.emitted('imported')).toBeUndefined();
  });

  it('offers no import when the roster does not fit', async () => {
    api({ preview: { data: { ltiRosterPreview: { ...preview, freePlaces: 1, fits: false } } } });
    const w = await mounted();
    await button(w, 'Check the roster')!.trigger('click');
    await flushPromises();
    expect(w.text()).toContain('Not enough places: the import needs 2, the cohort has 1 free.');
    expect(button(w, 'Import ')).toBeUndefined();
  });

  it('names the platform and the scope it refused, in the reader’s language', async () => {
    api({
      preview: {
        error: new CombinedError({
          graphQLErrors: [
            {
              message: 'refused',
              extensions: { code: 'FORBIDDEN', reason: 'LTI_SCOPE_DENIED', scope: SCOPE },
            },
          ],
        }),
      },
    });
    await setLocale('nl');
    const w = await mounted();
    await w.get('button').trigger('click');
    await flushPromises();
    const alert = w.get('[role="alert"]').text();
    expect(alert).toContain('Het platform Moodle of Rosterville laat de academie geen');
    expect(alert).toContain(`(scope ${SCOPE})`);
    expect(w.find('table').exists()).toBe(false);
  });

  it('shows the fresh preview when the cohort filled up before the import', async () => {
    const { query } = api({
      import: {
        error: new CombinedError({
          graphQLErrors: [{ message: 'full', extensions: { code: 'BAD_USER_INPUT' } }],
        }),
      },
    });
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    const w = await mounted();
    await button(w, 'Check the roster')!.trigger('click');
    await flushPromises();
    await button(w, 'Import ')!.trigger('click');
    await flushPromises();
    expect(query.mock.calls.filter(([doc]) => doc === LtiRosterPreviewDocument)).toHaveLength(2);
    expect(w.get('[role="alert"]').text()).toBe(
      'The cohort no longer has enough free places for this roster. Nothing was imported.',
    );
    expect(w.emitted('imported')).toBeUndefined();
  });
});
