// @vitest-environment jsdom
import { CombinedError } from '@urql/core';
import { flushPromises, mount } from '@vue/test-utils';
import { GraphQLError } from 'graphql';
import { createMemoryHistory, createRouter } from 'vue-router';
import { resetSession, useSession } from '../../composables/useSession';
import { client } from '../../graphql/client';
import type { UserFieldsFragment } from '../../graphql/generated';
import { i18n, useFeatureMessages } from '../../i18n';
import PrivacySection from './PrivacySection.vue';

async function mountSection() {
  resetSession();
  useSession().user = {
    id: 'u1',
    email: 'a@example.test',
    displayName: 'A',
    roles: [],
  } as unknown as UserFieldsFragment;
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/account', name: 'account', component: PrivacySection },
      { path: '/sign-in', name: 'sign-in', component: { template: '<p/>' } },
    ],
  });
  await router.push('/account');
  const wrapper = mount(PrivacySection, {
    global: { plugins: [router, i18n] },
    attachTo: document.body,
  });
  return { wrapper, router };
}

const answer = (value: unknown) =>
  ({ toPromise: () => Promise.resolve(value) }) as unknown as ReturnType<typeof client.mutation>;

describe('the privacy section of the account page', () => {
  beforeAll(() => useFeatureMessages(['privacy']));
  afterEach(() => vi.restoreAllMocks());

  it('saves the personal data as a JSON file', async () => {
    vi.spyOn(client, 'query').mockReturnValue(
      answer({ data: { myPersonalData: { profile: { id: 'u1' } } } }),
    );
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:x'));
    URL.revokeObjectURL = vi.fn();
    let downloaded = '';
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloaded = this.download;
    });
    const { wrapper } = await mountSection();
    await wrapper.get('button[type="button"]').trigger('click');
    await flushPromises();
    expect(downloaded).toMatch(/^academy-personal-data-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader(); // jsdom's Blob has no text()
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]!);
    });
    expect(blobs[0]!.type).toBe('application/json');
    expect(JSON.parse(text)).toEqual({ profile: { id: 'u1' } });
    wrapper.unmount();
  });

  it('saves a readable HTML summary of the same data', async () => {
    vi.spyOn(client, 'query').mockReturnValue(
      answer({
        data: {
          myPersonalData: {
            format: 'academy-personal-data/1',
            profile: { id: 'u1', displayName: 'Ann <script>' },
            certificates: [],
          },
        },
      }),
    );
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:x'));
    URL.revokeObjectURL = vi.fn();
    let downloaded = '';
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloaded = this.download;
    });
    const { wrapper } = await mountSection();
    const button = wrapper
      .findAll('button')
      .find((b) => b.text() === 'Download a readable summary (HTML)')!;
    await button.trigger('click');
    await flushPromises();
    expect(downloaded).toMatch(/^academy-personal-data-\d{4}-\d{2}-\d{2}\.html$/);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]!);
    });
    expect(blobs[0]!.type).toBe('text/html');
    expect(text).toContain('<h1>Your personal data at the Circular Procurement Academy</h1>');
    expect(text).toContain('<h2>Profile</h2>');
    expect(text).toContain('Ann &lt;script&gt;');
    expect(text).toContain('<h2>Certificates</h2>\n<p>Nothing stored.</p>');
    wrapper.unmount();
  });

  it('asks for confirmation, shows a wrong password, then deletes with the certificate choice', async () => {
    const mutation = vi
      .spyOn(client, 'mutation')
      .mockReturnValueOnce(
        answer({
          error: new CombinedError({
            graphQLErrors: [
              new GraphQLError('The password is not correct.', {
                extensions: { code: 'BAD_USER_INPUT' },
              }),
            ],
          }),
        }),
      )
      .mockReturnValueOnce(answer({ data: { deleteMyAccount: true } }));
    vi.spyOn(client, 'query').mockReturnValue(answer({ data: { me: null } }));
    const { wrapper, router } = await mountSection();

    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(mutation).not.toHaveBeenCalled();
    expect(wrapper.text()).toContain('is required');

    await wrapper.get('#delete-revoke').setValue(true);
    await wrapper.get('#delete-password').setValue('wrong password');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(mutation).not.toHaveBeenCalled();
    expect(wrapper.get('[role="alert"]').text()).toContain('Are you sure?');

    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(mutation).toHaveBeenCalledTimes(1);
    expect(wrapper.find('#delete-password-error').exists()).toBe(true);

    await wrapper.get('form').trigger('submit'); // review again
    await flushPromises();
    await wrapper.get('form').trigger('submit'); // confirm
    await flushPromises();
    expect(mutation).toHaveBeenLastCalledWith(expect.anything(), {
      input: { password: 'wrong password', keepCertificatesVerifiable: false },
    });
    expect(router.currentRoute.value.query).toEqual({ accountDeleted: '1' });
    wrapper.unmount();
  });
});
