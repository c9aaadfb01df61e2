import { bootTestApp, type TestApp } from '../../test/test-app.js';
import {
  grantRoleInDb,
  NOTICE_VERSION,
  PASSWORD,
  registerUser,
  uniqueEmail,
} from '../../test/factories.js';

const ME = `{ me { id email displayName preferredLocale roles organisation { name country kind } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { id } }`;
const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) }`;

let t: TestApp;
beforeAll(async () => {
  t = await bootTestApp();
});
afterAll(() => t.close());

describe('accounts', () => {
  it('answers me with null for an anonymous visitor', async () => {
    const res = await t.client().gql(ME);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ me: null });
  });

  it('registers without opening a session, then signs in with a cookie; stores an Argon2id hash', async () => {
    const c = t.client();
    const email = uniqueEmail();
    const res = await c.agent
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({
        query: REGISTER,
        variables: {
          input: {
            email,
            password: PASSWORD,
            displayName: 'Anna de Vries',
            privacyNoticeVersion: NOTICE_VERSION,
            preferredLocale: 'nl',
            organisation: { name: 'Gemeente Haarlem', country: 'NL', kind: 'city' },
          },
        },
      });
    expect(res.body).toEqual({ data: { register: true } });
    expect(res.headers['set-cookie']).toBeUndefined();
    expect((await c.gql(ME)).data).toEqual({ me: null });
    const login = await c.agent
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: LOGIN, variables: { input: { email, password: PASSWORD } } });
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/academy_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const me = await c.gql<{ me: Record<string, unknown> }>(ME);
    expect(me.data?.me).toMatchObject({
      email,
      displayName: 'Anna de Vries',
      preferredLocale: 'nl',
      roles: ['learner'],
      organisation: { name: 'Gemeente Haarlem', country: 'NL', kind: 'city' },
    });
    const [row] = await t.dataSource.query(`SELECT password_hash FROM users WHERE email = $1`, [
      email,
    ]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('answers a registration for a taken address (in another case) exactly like a new one, and changes nothing', async () => {
    const email = uniqueEmail();
    await registerUser(t.client(), { email });
    const send = (address: string) =>
      t
        .client()
        .agent.post('/graphql')
        .set('content-type', 'application/json')
        .send({
          query: REGISTER,
          variables: {
            input: {
              email: address,
              password: 'another long passphrase',
              displayName: 'Twin',
              privacyNoticeVersion: NOTICE_VERSION,
            },
          },
        });
    const taken = await send(email.toUpperCase());
    const fresh = await send(uniqueEmail());
    expect(taken.status).toBe(fresh.status);
    expect(taken.body).toEqual(fresh.body);
    expect(taken.body).toEqual({ data: { register: true } });
    expect(taken.headers['set-cookie']).toBeUndefined();
    const rows = await t.dataSource.query(
      `SELECT display_name FROM users WHERE email_key = lower($1)`,
      [email],
    );
    expect(rows).toEqual([{ display_name: 'Test Learner' }]);
    const old = await t.client().gql(LOGIN, { input: { email, password: PASSWORD } });
    expect(old.errors).toBeUndefined();
  });

  it('rejects a bad email with the field named', async () => {
    const res = await t.client().gql(REGISTER, {
      input: {
        email: 'not-an-email',
        password: PASSWORD,
        displayName: 'X',
        privacyNoticeVersion: NOTICE_VERSION,
      },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (res.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(['email']);
  });

  it.each([
    ['TOO_SHORT', 'Tr0ub4dor&3', 'Pat Smith'],
    ['COMMON', 'passwordpassword', 'Pat Smith'],
    ['COMMON', '1234567890123456', 'Pat Smith'],
    ['CONTAINS_PERSONAL', 'wilhelmina rides a bike', 'Wilhelmina Jansen'],
  ])('refuses a password that is %s (%s), saying why', async (reason, password, displayName) => {
    const email = uniqueEmail();
    const res = await t.client().gql(REGISTER, {
      input: { email, password, displayName, privacyNoticeVersion: NOTICE_VERSION },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason,
      fields: [{ field: 'password' }],
    });
    expect(await t.dataSource.query(`SELECT 1 FROM users WHERE email_key = $1`, [email])).toEqual(
      [],
    );
  });

  it('refuses a password containing the name part of the email address', async () => {
    const mine = await t.client().gql(REGISTER, {
      input: {
        email: 'pat.grasshopper@example.test',
        password: 'the grasshopper sings loud',
        displayName: 'Pat',
        privacyNoticeVersion: NOTICE_VERSION,
      },
    });
    expect(mine.errors?.[0]?.extensions?.reason).toBe('CONTAINS_PERSONAL');
  });

  it('gives one generic message for a wrong password and an unknown account', async () => {
    const user = await registerUser(t.client());
    const wrong = await t
      .client()
      .gql(LOGIN, { input: { email: user.email, password: 'wrong password!' } });
    const unknown = await t
      .client()
      .gql(LOGIN, { input: { email: uniqueEmail(), password: 'wrong password!' } });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
  });

  it('signs in case-insensitively, and after logout the old cookie no longer works', async () => {
    const user = await registerUser(t.client());
    const c = t.client();
    const login = await c.agent
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({
        query: LOGIN,
        variables: { input: { email: user.email.toUpperCase(), password: PASSWORD } },
      });
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    expect((await c.gql<{ me: { id: string } }>(ME)).data?.me?.id).toBe(user.id);
    expect((await c.gql(`mutation { logout }`)).data).toEqual({ logout: true });
    const replay = await t
      .client()
      .agent.post('/graphql')
      .set('cookie', cookie)
      .send({ query: ME });
    expect(replay.body.data).toEqual({ me: null });
  });

  it('logs out everywhere', async () => {
    const user = await registerUser(t.client());
    const a = t.client();
    const b = t.client();
    await a.gql(LOGIN, { input: { email: user.email, password: PASSWORD } });
    await b.gql(LOGIN, { input: { email: user.email, password: PASSWORD } });
    const res = await a.gql<{ logoutEverywhere: number }>(`mutation { logoutEverywhere }`);
    expect(res.data?.logoutEverywhere).toBeGreaterThanOrEqual(2);
    expect((await b.gql(ME)).data).toEqual({ me: null });
  });

  it('changes the password (checking the current one) and signs out other sessions', async () => {
    const c = t.client();
    const user = await registerUser(c);
    const other = t.client();
    await other.gql(LOGIN, { input: { email: user.email, password: PASSWORD } });
    const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
    const bad = await c.gql(CHANGE, {
      input: { currentPassword: 'not it at all', newPassword: 'a new long password' },
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const weak = await c.gql(CHANGE, {
      input: { currentPassword: PASSWORD, newPassword: 'passwordpassword' },
    });
    expect(weak.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'COMMON',
      fields: [{ field: 'newPassword' }],
    });
    const ok = await c.gql(CHANGE, {
      input: { currentPassword: PASSWORD, newPassword: 'a new long password' },
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data).toEqual({ changePassword: true });
    expect((await c.gql<{ me: { id: string } }>(ME)).data?.me?.id).toBe(user.id);
    expect((await other.gql(ME)).data).toEqual({ me: null });
    const relogin = await t
      .client()
      .gql(LOGIN, { input: { email: user.email, password: 'a new long password' } });
    expect(relogin.errors).toBeUndefined();
  });

  it('updates the profile', async () => {
    const c = t.client();
    await registerUser(c);
    const res = await c.gql<{ updateProfile: { displayName: string; preferredLocale: string } }>(
      `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { displayName preferredLocale organisation { name } } }`,
      {
        input: {
          displayName: 'Renamed',
          preferredLocale: 'de',
          organisation: { name: 'Stadt München', country: 'DE', kind: 'city' },
        },
      },
    );
    expect(res.data?.updateProfile).toEqual({
      displayName: 'Renamed',
      preferredLocale: 'de',
      organisation: { name: 'Stadt München' },
    });
    const bad = await c.gql(`mutation { updateProfile(input: { preferredLocale: "xx" }) { id } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('roles', () => {
  const GRANT = `mutation($input: RoleChangeInput!) { grantRole(input: $input) { id roles } }`;

  it('lets only admins list users and grant roles', async () => {
    const learner = t.client();
    const target = await registerUser(learner);
    expect((await t.client().gql(`{ users { total } }`)).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await learner.gql(`{ users { total } }`)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await learner.gql(GRANT, { input: { userId: target.id, role: 'admin' } })).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');

    const admin = t.client();
    const adminUser = await registerUser(admin);
    await grantRoleInDb(t.dataSource, adminUser.id, 'admin');
    const granted = await admin.gql<{ grantRole: { roles: string[] } }>(GRANT, {
      input: { userId: target.id, role: 'host' },
    });
    expect(granted.data?.grantRole.roles).toEqual(['learner', 'host']);
    const page = await admin.gql<{ users: { items: { email: string }[]; total: number } }>(
      `query($s: String) { users(search: $s, limit: 5) { total items { email } } }`,
      { s: target.email },
    );
    expect(page.data?.users.total).toBe(1);
    expect(page.data?.users.items[0]?.email).toBe(target.email);
    const missing = await admin.gql(GRANT, {
      input: { userId: '00000000-0000-4000-8000-000000000000', role: 'host' },
    });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
