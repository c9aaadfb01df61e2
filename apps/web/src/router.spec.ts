// @vitest-environment jsdom
import { flushPromises } from '@vue/test-utils';
import { resetSession } from './composables/useSession';
import { client } from './graphql/client';
import { router, startFirstNavigation } from './router';

type QueryResult = ReturnType<typeof client.query>;

describe('a navigation', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    resetSession();
  });

  it("fetches the page's code while the signed-in-user query is still on its way", async () => {
    let answerMe: (result: unknown) => void = () => undefined;
    vi.spyOn(client, 'query').mockReturnValue({
      toPromise: () => new Promise((resolve) => (answerMe = resolve)),
    } as unknown as QueryResult);
    const loadPage = vi.fn(() => Promise.resolve({ default: { render: () => null } }));
    router.addRoute({ path: '/probe', name: 'probe', component: loadPage });

    const navigation = router.push('/probe');
    await flushPromises();
    expect(loadPage).toHaveBeenCalledTimes(1);
    expect(router.currentRoute.value.name).not.toBe('probe');

    answerMe({ data: { me: null } });
    await navigation;
    expect(router.currentRoute.value.name).toBe('probe');
    expect(loadPage).toHaveBeenCalledTimes(1);
  });

  it('started before the app exists, asks for the session once and the page once', async () => {
    let answerMe: (result: unknown) => void = () => undefined;
    const query = vi.spyOn(client, 'query').mockReturnValue({
      toPromise: () => new Promise((resolve) => (answerMe = resolve)),
    } as unknown as QueryResult);
    const loadPage = vi.fn(() => Promise.resolve({ default: { render: () => null } }));
    router.addRoute({ path: '/early', name: 'early', component: loadPage });

    startFirstNavigation('/early');
    expect(query).toHaveBeenCalledTimes(1);
    expect(loadPage).toHaveBeenCalledTimes(1);

    const navigation = router.push('/early');
    await flushPromises();
    expect(router.currentRoute.value.name).not.toBe('early');
    answerMe({ data: { me: null } });
    await navigation;
    expect(router.currentRoute.value.name).toBe('early');
    expect(query).toHaveBeenCalledTimes(1);
  });
});
