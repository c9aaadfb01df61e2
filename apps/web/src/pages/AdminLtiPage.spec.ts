// @vitest-environment jsdom
import { flushPromises } from '@vue/test-utils';
import { client } from '../graphql/client';
import type { LtiAdminQuery } from '../graphql/generated';
import { setLocale, useFeatureMessages } from '../i18n';
import { mountPageAs } from '../testing/admin-page';
import AdminLtiPage from './AdminLtiPage.vue';

const ORIGIN = 'https://academy.example.org';
const data: LtiAdminQuery = {
  ltiToolConfiguration: {
    toolUrl: `${ORIGIN}/`,
    loginUrl: `${ORIGIN}/lti/login`,
    launchUrl: `${ORIGIN}/lti/launch`,
    jwksUrl: `${ORIGIN}/lti/jwks.json`,
    deepLinkingUrl: `${ORIGIN}/lti/launch`,
  },
  ltiPlatforms: [
    {
      id: 'p1',
      name: 'Moodle of Ghent',
      issuer: 'https://moodle.gent.example',
      clientId: 'abc123',
      deploymentIds: ['1', '2'],
      authLoginUrl: 'https://moodle.gent.example/mod/lti/auth.php',
      jwksUrl: 'https://moodle.gent.example/mod/lti/certs.php',
      tokenUrl: null,
    },
  ],
};

const mountAs = (roles: string[]) => mountPageAs(AdminLtiPage, '/admin/lti', roles);

describe('the LTI administration page', () => {
  beforeAll(() => useFeatureMessages(['lti']));
  afterEach(async () => {
    vi.restoreAllMocks();
    await setLocale('en');
  });

  it('shows the URLs to paste and the registered platforms', async () => {
    vi.spyOn(client, 'query').mockReturnValue({
      toPromise: () => Promise.resolve({ data }),
    } as unknown as ReturnType<typeof client.query>);
    const wrapper = await mountAs(['admin']);
    const terms = wrapper.findAll('dt').map((d) => d.text());
    const values = wrapper.findAll('dd').map((d) => d.text());
    expect(terms[1]).toBe('Initiate login URL');
    expect(values[1]).toBe(`${ORIGIN}/lti/login`);
    expect(values[3]).toBe(`${ORIGIN}/lti/jwks.json`);
    expect(wrapper.get('tbody th[scope="row"]').text()).toBe('Moodle of Ghent');
    expect(wrapper.get('tbody').text()).toContain('1, 2');
  });

  it('registers a platform with its deployment IDs split, and says which fields are missing', async () => {
    vi.spyOn(client, 'query').mockReturnValue({
      toPromise: () => Promise.resolve({ data: { ...data, ltiPlatforms: [] } }),
    } as unknown as ReturnType<typeof client.query>);
    const mutation = vi.spyOn(client, 'mutation').mockReturnValue({
      toPromise: () => Promise.resolve({ data: { registerLtiPlatform: { id: 'p2' } } }),
    } as unknown as ReturnType<typeof client.mutation>);
    const wrapper = await mountAs(['admin']);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(mutation).not.toHaveBeenCalled();
    expect(wrapper.get('#lti-issuer').attributes('aria-invalid')).toBe('true');

    const values: Record<string, string> = {
      name: 'Moodle',
      issuer: 'https://moodle.example',
      clientId: 'c1',
      deploymentIds: '1, 7 9',
      authLoginUrl: 'https://moodle.example/auth',
      jwksUrl: 'https://moodle.example/certs',
    };
    for (const [field, value] of Object.entries(values))
      await wrapper.get(`#lti-${field}`).setValue(value);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(mutation).toHaveBeenCalledWith(expect.anything(), {
      input: { ...values, deploymentIds: ['1', '7', '9'], tokenUrl: undefined },
    });
    expect(wrapper.get('[role="status"]').text()).toBe('The platform was registered.');
  });

  it('creates a single-use registration link and shows it with its expiry', async () => {
    vi.spyOn(client, 'query').mockReturnValue({
      toPromise: () => Promise.resolve({ data }),
    } as unknown as ReturnType<typeof client.query>);
    const url = `${ORIGIN}/lti/register/abc`;
    const mutation = vi.spyOn(client, 'mutation').mockReturnValue({
      toPromise: () =>
        Promise.resolve({
          data: { createLtiRegistrationLink: { url, expiresAt: '2030-01-02T03:04:00Z' } },
        }),
    } as unknown as ReturnType<typeof client.mutation>);
    const wrapper = await mountAs(['admin']);
    expect(wrapper.find('#lti-registration-link').exists()).toBe(false);
    const button = wrapper
      .findAll('button')
      .find((b) => b.text() === 'Create a registration link')!;
    await button.trigger('click');
    await flushPromises();
    expect(mutation).toHaveBeenCalledTimes(1);
    const field = wrapper.get('#lti-registration-link');
    expect((field.element as HTMLInputElement).value).toBe(url);
    expect(wrapper.get('label[for="lti-registration-link"]').text()).toBe('Registration link');
    expect(wrapper.get('#lti-registration-link-hint').text()).toMatch(/^Works once, until .*2030/);
    expect(wrapper.get('[role="status"]').text()).toBe('A registration link was created.');
  });

  it('shows nothing but a refusal to non-admins, in their language', async () => {
    const query = vi.spyOn(client, 'query');
    await setLocale('nl');
    const wrapper = await mountAs(['host']);
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Alleen beheerders kunnen leerplatforms koppelen.',
    );
    expect(query).not.toHaveBeenCalled();
  });
});
