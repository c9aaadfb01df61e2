// @vitest-environment jsdom
import { flushPromises } from '@vue/test-utils';
import { client } from '../graphql/client';
import type { XapiStoresQuery } from '../graphql/generated';
import { setLocale, useFeatureMessages } from '../i18n';
import { mountPageAs } from '../testing/admin-page';
import AdminXapiPage from './AdminXapiPage.vue';

const store = {
  id: 's1',
  name: 'HR records',
  endpoint: 'https://lrs.example/xapi',
  key: 'academy',
  enabled: true,
  shareEmail: false,
  secretsSealed: true,
};
const answer = (data: XapiStoresQuery) =>
  ({ toPromise: () => Promise.resolve({ data }) }) as unknown as ReturnType<typeof client.query>;
const done = (data: unknown) =>
  ({ toPromise: () => Promise.resolve({ data }) }) as unknown as ReturnType<typeof client.mutation>;
const mountAs = (roles: string[]) => mountPageAs(AdminXapiPage, '/admin/xapi', roles);

describe('the xAPI administration page', () => {
  beforeAll(() => useFeatureMessages(['xapi']));
  afterEach(async () => {
    vi.restoreAllMocks();
    await setLocale('en');
  });

  it('lists the stores without their secrets and pauses one, keeping its secret', async () => {
    vi.spyOn(client, 'query').mockReturnValue(answer({ xapiStores: [store] }));
    const mutation = vi.spyOn(client, 'mutation').mockReturnValue(done({}));
    const wrapper = await mountAs(['admin']);
    expect(wrapper.get('tbody th[scope="row"]').text()).toBe('HR records');
    expect(wrapper.get('tbody').text()).toContain('Opaque account ID');
    expect(wrapper.text()).not.toContain('SECRETS_KEY');
    await wrapper.get('button[aria-label="Pause sending to HR records"]').trigger('click');
    await flushPromises();
    expect(mutation).toHaveBeenCalledWith(expect.anything(), {
      input: {
        id: 's1',
        name: 'HR records',
        endpoint: 'https://lrs.example/xapi',
        key: 'academy',
        shareEmail: false,
        enabled: false,
      },
    });
    expect(wrapper.get('[role="status"]').text()).toBe('Sending to HR records is paused.');
  });

  it('adds a store after saying which fields are missing, and warns when secrets are unsealed', async () => {
    vi.spyOn(client, 'query').mockReturnValue(
      answer({ xapiStores: [{ ...store, secretsSealed: false }] }),
    );
    const mutation = vi
      .spyOn(client, 'mutation')
      .mockReturnValue(done({ addXapiStore: { id: 's2' } }));
    const wrapper = await mountAs(['admin']);
    expect(wrapper.text()).toContain('SECRETS_KEY is not set');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(mutation).not.toHaveBeenCalled();
    expect(wrapper.get('#xapi-secret').attributes('aria-invalid')).toBe('true');
    expect(wrapper.get('#xapi-secret').attributes('type')).toBe('password');

    const values = { name: 'City LRS', endpoint: 'https://lrs.city/xapi/', key: 'k', secret: 's' };
    for (const [field, value] of Object.entries(values))
      await wrapper.get(`#xapi-${field}`).setValue(value);
    await wrapper.get('#xapi-shareEmail').setValue(true);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(mutation).toHaveBeenCalledWith(expect.anything(), {
      input: { ...values, shareEmail: true, enabled: true },
    });
    expect(wrapper.get('[role="status"]').text()).toBe('The store was added.');
  });

  it('shows nothing but a refusal to non-admins, in their language', async () => {
    const query = vi.spyOn(client, 'query');
    await setLocale('fi');
    const wrapper = await mountAs(['host']);
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Vain ylläpitäjät voivat määrittää learning record storeja.',
    );
    expect(query).not.toHaveBeenCalled();
  });
});
