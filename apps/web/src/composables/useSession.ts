import { computed, reactive, ref } from 'vue';
import { client, toProblem, type ApiProblem } from '../graphql/client';
import {
  LoginDocument,
  LogoutDocument,
  LogoutEverywhereDocument,
  MeDocument,
  RegisterDocument,
  UpdateProfileDocument,
  type LoginInput,
  type RegisterInput,
  type UpdateProfileInput,
  type UserFieldsFragment,
} from '../graphql/generated';
import { isInterfaceLocale, setLocale } from '../i18n';
import { reportApiReachable } from './connection';

type Outcome = { ok: true } | { ok: false; problem: ApiProblem };
/** After registering: signed in, or not (the address already had an account with another password). */
type RegisterOutcome =
  | { ok: true; signedIn: boolean }
  | { ok: false; problem: ApiProblem; step: 'register' | 'signIn' };

function createSession() {
  const user = ref<UserFieldsFragment | null>(null);
  const loaded = ref(false);
  /** True in the session that created the account, so the first greeting is a welcome, not "welcome back". */
  const isNewAccount = ref(false);
  const signedIn = computed(() => user.value !== null);

  async function adopt(next: UserFieldsFragment | null) {
    user.value = next;
    if (next && isInterfaceLocale(next.preferredLocale)) await setLocale(next.preferredLocale);
  }

  async function load() {
    // The API's page says so when the browser sent no session cookie: nobody is signed in, and
    // the first load needs no round trip. Read once; later loads (after signing in) ask the API.
    const signedOut = globalThis.document?.querySelector('meta[name="academy-session"]');
    if (signedOut?.getAttribute('content') === 'none') {
      signedOut.remove();
      await adopt(null);
      loaded.value = true;
      return;
    }
    const res = await client.query(MeDocument, {}).toPromise();
    reportApiReachable(!res.error?.networkError);
    await adopt(res.data?.me ?? null);
    loaded.value = true;
  }

  /**
   * Registering answers the same whether or not the address already has an account, and opens
   * no session; signing in with the same password then tells a new account from a taken address.
   */
  async function register(input: RegisterInput): Promise<RegisterOutcome> {
    const res = await client.mutation(RegisterDocument, { input }).toPromise();
    if (!res.data) return { ok: false, problem: toProblem(res.error)!, step: 'register' };
    const signIn = await login({ email: input.email, password: input.password });
    if (signIn.ok) {
      isNewAccount.value = true;
      return { ok: true, signedIn: true };
    }
    return signIn.problem.code === 'UNAUTHENTICATED'
      ? { ok: true, signedIn: false }
      : { ...signIn, step: 'signIn' };
  }

  async function login(input: LoginInput): Promise<Outcome> {
    isNewAccount.value = false;
    const res = await client.mutation(LoginDocument, { input }).toPromise();
    if (!res.data) return { ok: false, problem: toProblem(res.error)! };
    await adopt(res.data.login);
    return { ok: true };
  }

  async function updateProfile(input: UpdateProfileInput): Promise<Outcome> {
    const res = await client.mutation(UpdateProfileDocument, { input }).toPromise();
    if (!res.data) return { ok: false, problem: toProblem(res.error)! };
    await adopt(res.data.updateProfile);
    return { ok: true };
  }

  async function logout(everywhere = false) {
    await client.mutation(everywhere ? LogoutEverywhereDocument : LogoutDocument, {}).toPromise();
    user.value = null;
    isNewAccount.value = false;
  }

  // reactive() unwraps the refs, so pages read `session.user` as they would a store's state.
  return reactive({
    user,
    loaded,
    signedIn,
    isNewAccount,
    load,
    register,
    login,
    updateProfile,
    logout,
  });
}

// One session per page load. A store library would add ~2 KB gzip to every first page
// (issue 14, item 14) for one store that needs none of its devtools or plugins.
let current: ReturnType<typeof createSession> | undefined;

/** The signed-in user, shared by every page. */
export function useSession(): ReturnType<typeof createSession> {
  return (current ??= createSession());
}

/** For tests: forget the session, as a new page load would. */
export function resetSession(): void {
  current = undefined;
}
