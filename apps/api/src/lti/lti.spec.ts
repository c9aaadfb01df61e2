import { PASSWORD, registerUser } from '../../test/factories.js';
import type { PlatformSimulator } from '../../test/lti-platform.js';
import { ACADEMY, LTI, REGISTER, sessionCookie, useLtiHarness } from '../../test/lti-harness.js';
import { bootTestApp, type TestApp, type TestClient } from '../../test/test-app.js';

const h = useLtiHarness();
const { login, launch } = h;
let t: TestApp;
let admin: TestClient;
let platform: PlatformSimulator;
beforeAll(() => ({ t, admin, platform } = h));

async function me(cookie: string) {
  const res = await t
    .client()
    .agent.post('/graphql')
    .set('cookie', cookie.split(';')[0]!)
    .send({ query: '{ me { id email displayName preferredLocale } }' });
  return res.body.data.me as {
    id: string;
    email: string;
    displayName: string;
    preferredLocale: string;
  } | null;
}

describe('LTI platform registration', () => {
  it('is for administrators only', async () => {
    const learner = t.client();
    await registerUser(learner);
    const list = await learner.gql(`{ ltiPlatforms { id } }`);
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await t.client().gql(`{ ltiToolConfiguration { loginUrl } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const register = await learner.gql(REGISTER, {
      input: {
        name: 'x',
        issuer: 'https://x.example',
        clientId: 'x',
        deploymentIds: ['1'],
        authLoginUrl: 'https://x.example/auth',
        jwksUrl: 'https://x.example/jwks',
      },
    });
    expect(register.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists platforms, shows the URLs to paste, refuses duplicates and bad URLs', async () => {
    const list = await admin.gql<{ ltiPlatforms: { issuer: string }[] }>(
      `{ ltiPlatforms { issuer clientId deploymentIds } }`,
    );
    expect(list.data?.ltiPlatforms.map((p) => p.issuer)).toContain(platform.issuer);
    const config = await admin.gql<{ ltiToolConfiguration: Record<string, string> }>(
      `{ ltiToolConfiguration { loginUrl launchUrl jwksUrl deepLinkingUrl } }`,
    );
    expect(config.data?.ltiToolConfiguration.loginUrl).toBe(`${ACADEMY}/lti/login`);
    expect(config.data?.ltiToolConfiguration.jwksUrl).toMatch(/\/lti\/jwks\.json$/);
    const input = {
      name: 'Again',
      issuer: platform.issuer,
      clientId: platform.clientId,
      deploymentIds: ['x'],
      authLoginUrl: platform.authLoginUrl,
      jwksUrl: platform.jwksUrl,
    };
    expect((await admin.gql(REGISTER, { input })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const bad = await admin.gql(REGISTER, {
      input: { ...input, clientId: 'y', jwksUrl: 'ftp://x' },
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('publishes the tool key at /lti/jwks.json, one key however many replicas start', async () => {
    const second = await bootTestApp();
    try {
      const res = await t.client().agent.get('/lti/jwks.json');
      expect(res.status).toBe(200);
      expect(res.body.keys).toHaveLength(1);
      expect(res.body.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
      expect(res.body.keys[0].d).toBeUndefined();
      const again = await second.client().agent.get('/lti/jwks.json');
      expect(again.body.keys).toEqual(res.body.keys);
    } finally {
      await second.close();
    }
  });
});

describe('LTI login', () => {
  it('redirects to the platform with state, nonce and the launch URL', async () => {
    const { url, state, nonce } = await login();
    expect(`${url.origin}${url.pathname}`).toBe(platform.authLoginUrl);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      scope: 'openid',
      response_type: 'id_token',
      response_mode: 'form_post',
      prompt: 'none',
      client_id: platform.clientId,
      login_hint: 'hint-1',
    });
    expect(url.searchParams.get('redirect_uri')).toBe(`${ACADEMY}/lti/launch`);
    expect(state.length).toBeGreaterThanOrEqual(40);
    expect(nonce.length).toBeGreaterThanOrEqual(40);
  });

  it('works with GET too', async () => {
    const res = await t.client().agent.get('/lti/login').query({
      iss: platform.issuer,
      login_hint: 'h',
      target_link_uri: 'http://127.0.0.1/',
    });
    expect(res.status).toBe(302);
    expect(res.headers.location).toContain(platform.authLoginUrl);
  });

  it('says what went wrong in the person’s language, keeping the detail in English', async () => {
    const res = await t
      .client()
      .agent.get('/lti/login')
      .set('accept-language', 'es;q=0.9, nl-BE;q=0.8, en;q=0.5')
      .query({
        iss: 'https://unknown.example',
        login_hint: 'h',
        target_link_uri: 'http://127.0.0.1/',
      });
    expect(res.status).toBe(400);
    expect(res.text).toContain('<html lang="nl">');
    expect(res.text).toContain('Dit leerplatform is niet bij de academie geregistreerd.');
    expect(res.text).toContain('Beheer → Leerplatforms (LTI)');
    expect(res.text).toContain(
      '<span lang="en">No platform with the issuer https://unknown.example',
    );
    expect(res.text).toContain('UNKNOWN_ISSUER');
  });

  it('refuses an unknown issuer or deployment with an error page', async () => {
    const res = await t.client().agent.get('/lti/login').query({
      iss: 'https://unknown.example',
      login_hint: 'h',
      target_link_uri: 'http://127.0.0.1/',
    });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('No platform with the issuer https://unknown.example');
    const deployment = await t.client().agent.post('/lti/login').type('form').send({
      iss: platform.issuer,
      login_hint: 'h',
      target_link_uri: 'http://127.0.0.1/',
      lti_deployment_id: 'other',
    });
    expect(deployment.status).toBe(400);
    expect(deployment.text).toContain('UNKNOWN_DEPLOYMENT');
  });
});

describe('LTI launch', () => {
  it('creates a linked account at the first launch, reuses it at the next, and opens the linked lesson', async () => {
    const sub = `person-${Date.now()}`;
    const first = await login();
    const token = await platform.idToken(first.nonce, {
      sub,
      [`${LTI}/custom`]: { module: 'life-cycle-costing', lesson: 'intro' },
      [`${LTI}/launch_presentation`]: { locale: 'nl-NL' },
    });
    const res = await launch(token, first.state);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/learn/life-cycle-costing/intro');
    const cookie = sessionCookie(res)!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const user = await me(cookie);
    expect(user).toMatchObject({ displayName: 'Ada Platform', preferredLocale: 'nl' });
    // The platform's email is not the account's: it cannot be used to take over or be invited.
    expect(user!.email).toMatch(/@external\.invalid$/);

    const second = await login();
    const again = await launch(
      await platform.idToken(second.nonce, {
        sub,
        [`${LTI}/custom`]: { course: 'circular-basics' },
      }),
      second.state,
    );
    expect(again.status).toBe(303);
    expect(again.headers.location).toBe('/courses/circular-basics');
    expect((await me(sessionCookie(again)!))!.id).toBe(user!.id);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM lti_account_links WHERE issuer = $1 AND subject = $2`,
      [platform.issuer, sub],
    );
    expect(n).toBe(1);
  });

  it('never links by email: another person with the same email gets their own account', async () => {
    const email = `shared-${Date.now()}@example.test`;
    const existing = t.client();
    const owner = await registerUser(existing, { email, password: PASSWORD });
    const { nonce, state } = await login();
    const res = await launch(await platform.idToken(nonce, { email }), state);
    expect(res.status).toBe(303);
    expect((await me(sessionCookie(res)!))!.id).not.toBe(owner.id);
  });

  it('opens target_link_uri within the academy, and never another site', async () => {
    const inside = await login();
    const res = await launch(
      await platform.idToken(inside.nonce, {
        [`${LTI}/target_link_uri`]: `${ACADEMY}/courses/x?y=1`,
      }),
      inside.state,
    );
    expect(res.headers.location).toBe('/courses/x?y=1');
    const outside = await login();
    const evil = await launch(
      await platform.idToken(outside.nonce, {
        [`${LTI}/target_link_uri`]: 'https://evil.example/phish',
        [`${LTI}/custom`]: { course: '../../evil' },
      }),
      outside.state,
    );
    expect(evil.status).toBe(303);
    expect(evil.headers.location).toBe('/dashboard');
  });

  async function refused(
    token: (nonce: string) => Promise<string>,
    status: number,
    problem: string,
    sentence: RegExp,
  ) {
    const { nonce, state } = await login();
    const res = await launch(await token(nonce), state);
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain(problem);
    expect(res.text).toMatch(sentence);
    expect(sessionCookie(res)).toBeUndefined();
  }

  it('refuses a bad signature', () =>
    refused(
      (n) => platform.idToken(n, {}, { forged: true }),
      401,
      'BAD_SIGNATURE',
      /bad signature/,
    ));

  it('refuses a token for another tool (wrong audience)', () =>
    refused(
      (n) => platform.idToken(n, { aud: 'someone-else' }),
      401,
      'WRONG_AUDIENCE',
      /audience/,
    ));

  it('refuses several audiences without azp naming the academy', async () => {
    await refused(
      (n) => platform.idToken(n, { aud: [platform.clientId, 'other'] }),
      401,
      'WRONG_AUDIENCE',
      /audience/,
    );
    await refused(
      (n) => platform.idToken(n, { aud: [platform.clientId, 'other'], azp: 'other' }),
      401,
      'WRONG_AUDIENCE',
      /audience/,
    );
  });

  it('accepts several audiences when azp names the academy', async () => {
    const { nonce, state } = await login();
    const res = await launch(
      await platform.idToken(nonce, { aud: [platform.clientId, 'other'], azp: platform.clientId }),
      state,
    );
    expect(res.status).toBe(303);
  });

  it('refuses an expired token', () => {
    const past = Math.floor(Date.now() / 1000) - 3600;
    return refused(
      (n) => platform.idToken(n, { iat: past - 60, exp: past }),
      401,
      'EXPIRED_TOKEN',
      /expired/,
    );
  });

  it('refuses an unknown deployment', () =>
    refused(
      (n) => platform.idToken(n, { [`${LTI}/deployment_id`]: 'not-registered' }),
      400,
      'UNKNOWN_DEPLOYMENT',
      /deployment not-registered is not registered/,
    ));

  it('refuses an unknown issuer', () =>
    refused(
      (n) => platform.idToken(n, { iss: 'https://stranger.example' }),
      400,
      'UNKNOWN_ISSUER',
      /No platform with the issuer https:\/\/stranger\.example/,
    ));

  it('refuses a nonce the academy did not send for this state', () =>
    refused((_n) => platform.idToken('another-nonce'), 401, 'NONCE_MISMATCH', /nonce/));

  it('refuses a replayed launch (the nonce is single-use)', async () => {
    const { nonce, state } = await login();
    const token = await platform.idToken(nonce);
    expect((await launch(token, state)).status).toBe(303);
    const replay = await launch(token, state);
    expect(replay.status).toBe(401);
    expect(replay.text).toContain('REPLAYED_NONCE');
    expect(sessionCookie(replay)).toBeUndefined();
  });

  it('refuses a state the academy never issued', async () => {
    const { nonce } = await login();
    const res = await launch(await platform.idToken(nonce), 'made-up-state');
    expect(res.status).toBe(401);
    expect(res.text).toContain('UNKNOWN_STATE');
  });

  it('refuses other messages and versions, and launches without a person', async () => {
    await refused(
      (n) => platform.idToken(n, { [`${LTI}/message_type`]: 'LtiSubmissionReviewRequest' }),
      400,
      'UNSUPPORTED_MESSAGE',
      /LtiSubmissionReviewRequest/,
    );
    await refused(
      (n) => platform.idToken(n, { [`${LTI}/version`]: '1.1' }),
      400,
      'UNSUPPORTED_VERSION',
      /1\.3\.0/,
    );
    await refused((n) => platform.idToken(n, { sub: undefined }), 401, 'INVALID_CLAIM', /sub/);
  });

  it('refuses a launch without id_token and a token that is not a JWT', async () => {
    const missing = await t.client().agent.post('/lti/launch').type('form').send({ state: 'x' });
    expect(missing.status).toBe(400);
    expect(missing.text).toContain('lacks id_token');
    const { state } = await login();
    const garbage = await launch('not.a.jwt', state);
    expect(garbage.status).toBe(400);
    expect(garbage.text).toContain('MALFORMED_TOKEN');
  });

  it('keeps the token out of the error page', async () => {
    const { nonce, state } = await login();
    const token = await platform.idToken(nonce, {}, { forged: true });
    const res = await launch(token, state);
    expect(res.text).not.toContain(token.split('.')[2]!);
  });
});
