// @vitest-environment jsdom
import { CombinedError } from '@urql/core';
import { flushPromises, mount } from '@vue/test-utils';
import { createMemoryHistory, createRouter } from 'vue-router';
import { client } from '../graphql/client';
import { i18n, setLocale, useFeatureMessages } from '../i18n';
import VerifyCertificatePage from './VerifyCertificatePage.vue';
import { SAMPLE_CERTIFICATE_ID, sampleCertificate } from '../testing/certificates';

const ID = SAMPLE_CERTIFICATE_ID;
const certificate = sampleCertificate({ linkedInUrl: 'https://www.linkedin.com/profile/add' });

/** Answers every query with `result`, as urql would. */
function answer(result: { data?: unknown; error?: CombinedError }) {
  return vi
    .spyOn(client, 'query')
    .mockReturnValue({ toPromise: () => Promise.resolve(result) } as unknown as ReturnType<
      typeof client.query
    >);
}

async function mountAt(id: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/verify/:id', name: 'verify-certificate', component: VerifyCertificatePage },
      { path: '/verify', name: 'verify', component: { render: () => null } },
    ],
  });
  await router.push(`/verify/${id}`);
  const wrapper = mount(VerifyCertificatePage, {
    global: { plugins: [router, i18n] },
  });
  await flushPromises();
  return wrapper;
}

describe('the public verification page', () => {
  beforeAll(() => useFeatureMessages(['certificates']));
  beforeEach(() => vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new Error('offline'))));
  afterEach(async () => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    await setLocale('en');
  });

  it('states a valid certificate in words, with its files on this origin', async () => {
    answer({ data: { certificate } });
    const page = await mountAt(ID);
    expect(page.get('h1').text()).toBe('Valid certificate');
    expect(page.text()).toContain(
      'Issued to Zoë Verhoeven for Basics of circular procurement on 14 March 2026.',
    );
    expect(page.text()).toContain('sha256:9f2c4e1ab3d5e7f90123456789abcdef');
    expect(page.get(`a[href="/certificates/${ID}/certificate.pdf"]`).attributes('download')).toBe(
      'certificate-basics.pdf',
    );
    expect(page.find('#revoke-reason').exists()).toBe(false);
  });

  it('shows a revocation with its reason and date', async () => {
    answer({
      data: {
        certificate: {
          ...certificate,
          status: 'revoked',
          revokedAt: '2026-04-01T10:00:00Z',
          revokedReason: 'Issued in error',
        },
      },
    });
    await setLocale('nl');
    const page = await mountAt(ID);
    expect(page.get('h1').text()).toBe('Ingetrokken certificaat');
    expect(page.text()).toContain('op 1 april 2026 ingetrokken');
    expect(page.text()).toContain('Issued in error');
  });

  it('calls an id the academy never issued unknown', async () => {
    answer({ data: { certificate: null } });
    const page = await mountAt('00000000-0000-4000-8000-000000000000');
    expect(page.get('h1').text()).toBe('Unknown certificate');
    expect(page.text()).not.toContain('Certificate files');
  });

  it('translates the rate limit instead of showing a verdict', async () => {
    answer({
      error: new CombinedError({
        graphQLErrors: [
          { message: 'Too many', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 42 } },
        ],
      }),
    });
    await setLocale('de');
    const page = await mountAt(ID);
    expect(page.get('h1').text()).toBe('Zertifikat prüfen');
    expect(page.get('[role="alert"]').text()).toBe(
      'Zu viele Prüfanfragen aus Ihrem Netzwerk. Bitte warten Sie 42 Sekunden und versuchen Sie es erneut.',
    );
  });
});
