// @vitest-environment jsdom
import { CombinedError } from '@urql/core';
import { client } from '../graphql/client';
import { resetSession, useSession } from './useSession';

const input = {
  email: 'anna@example.test',
  password: 'correct horse battery',
  displayName: 'Anna',
  privacyNoticeVersion: '0123456789abcdef',
};
const user = {
  id: 'u1',
  email: input.email,
  displayName: 'Anna',
  preferredLocale: 'en',
  roles: ['learner'],
  organisation: null,
};

/** Answers the register mutation, then the login mutation, in that order. */
function answer(...results: object[]) {
  const spy = vi.spyOn(client, 'mutation');
  for (const result of results)
    spy.mockReturnValueOnce({ toPromise: () => Promise.resolve(result) } as unknown as ReturnType<
      typeof client.mutation
    >);
  return spy;
}
const unauthenticated = new CombinedError({
  graphQLErrors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }],
});

describe('registering', () => {
  beforeEach(() => {
    resetSession();
    vi.restoreAllMocks();
  });

  it('signs in with the same password right after registering', async () => {
    const calls = answer({ data: { register: true } }, { data: { login: user } });
    const session = useSession();
    expect(await session.register(input)).toEqual({ ok: true, signedIn: true });
    expect(calls).toHaveBeenCalledTimes(2);
    expect(calls.mock.calls[1]![1]).toEqual({
      input: { email: input.email, password: input.password },
    });
    expect(session.user?.id).toBe('u1');
  });

  it('reports "not signed in" when the address already had an account with another password', async () => {
    answer({ data: { register: true } }, { data: null, error: unauthenticated });
    const session = useSession();
    expect(await session.register(input)).toEqual({ ok: true, signedIn: false });
    expect(session.signedIn).toBe(false);
  });
});

describe('registering too often', () => {
  beforeEach(() => {
    resetSession();
    vi.restoreAllMocks();
  });

  it('says the registration itself was refused, without trying to sign in', async () => {
    const limited = new CombinedError({
      graphQLErrors: [
        { message: 'slow down', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 120 } },
      ],
    });
    const calls = answer({ data: null, error: limited });
    const outcome = await useSession().register(input);
    expect(outcome).toMatchObject({
      ok: false,
      step: 'register',
      problem: { code: 'RATE_LIMITED', retryAfterSeconds: 120 },
    });
    expect(calls).toHaveBeenCalledTimes(1);
  });
});

describe('loading the session', () => {
  beforeEach(() => {
    resetSession();
    vi.restoreAllMocks();
  });
  afterEach(() => document.head.querySelector('meta[name="academy-session"]')?.remove());
  const me = (result: object) =>
    vi
      .spyOn(client, 'query')
      .mockReturnValue({ toPromise: () => Promise.resolve(result) } as unknown as ReturnType<
        typeof client.query
      >);

  it('asks the API who is signed in', async () => {
    const query = me({ data: { me: user } });
    const session = useSession();
    await session.load();
    expect(query).toHaveBeenCalledTimes(1);
    expect(session.loaded && session.user?.id).toBe('u1');
  });

  it('starts signed out without a request when the page says no session cookie came with it, once', async () => {
    document.head.insertAdjacentHTML('beforeend', '<meta name="academy-session" content="none">');
    const query = me({ data: { me: user } });
    const session = useSession();
    await session.load();
    expect(query).not.toHaveBeenCalled();
    expect(session.loaded).toBe(true);
    expect(session.signedIn).toBe(false);
    // A later load (after signing in elsewhere, or a retry) asks the API again.
    await session.load();
    expect(query).toHaveBeenCalledTimes(1);
    expect(session.signedIn).toBe(true);
  });
});
