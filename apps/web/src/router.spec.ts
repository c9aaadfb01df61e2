// @vitest-environment jsdom
import { flushPromises } from '@vue/test-utils';
import { resetSession } from './composables/useSession';
import { client } from './graphql/client';
import { router } from './router';

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
});
