import { decodeJwt, importJWK, jwtVerify, SignJWT } from 'jose';
import { grantRoleInDb, PASSWORD, registerUser } from '../../test/factories.js';
import { type PlatformSimulator, startPlatform } from '../../test/lti-platform.js';
import { curriculumCopy } from '../../test/curriculum-fixture.js';
import {
  answerKeys,
  enrol,
  rightAnswer,
  START,
  SUBMIT,
  type AttemptView,
} from '../../test/learning-helpers.js';
import { bootTestApp, type TestApp, type TestClient } from '../../test/test-app.js';
import { importCurriculumFolder } from '../curriculum/import-bundled.js';

const LTI = 'https://purl.imsglobal.org/spec/lti/claim';
const ACADEMY = 'https://academy.example.test';
const REGISTER = `mutation($input: LtiPlatformInput!) { registerLtiPlatform(input: $input) { id issuer clientId deploymentIds } }`;

let t: TestApp;
let admin: TestClient;
let platform: PlatformSimulator;
const fixture = curriculumCopy();
let releaseId: string;

beforeAll(async () => {
  // A fixed public origin: supertest serves every request on a new ephemeral port.
  // CURRICULUM_DIR makes this file's fixture the current release (the catalogue Deep Linking lists).
  t = await bootTestApp({ PUBLIC_URL: ACADEMY, CURRICULUM_DIR: fixture.root });
  const [core] = await importCurriculumFolder(t.dataSource, fixture.root);
  releaseId = core!.releaseId;
  admin = t.client();
  const a = await registerUser(admin);
  await grantRoleInDb(t.dataSource, a.id, 'admin');
  platform = await startPlatform();
  const res = await admin.gql(REGISTER, {
    input: {
      name: 'Moodle of Testville',
      issuer: platform.issuer,
      clientId: platform.clientId,
      deploymentIds: [platform.deploymentId],
      authLoginUrl: platform.authLoginUrl,
      jwksUrl: platform.jwksUrl,
      tokenUrl: platform.tokenUrl,
    },
  });
  expect(res.errors).toBeUndefined();
});

afterAll(async () => {
  fixture.cleanup();
  await platform?.close();
  await t?.close();
});

/** Runs the login step as the platform's browser would, returning what the academy sent on. */
async function login(params: Record<string, string> = {}) {
  const res = await t
    .client()
    .agent.post('/lti/login')
    .type('form')
    .send({
      iss: platform.issuer,
      login_hint: 'hint-1',
      target_link_uri: 'http://127.0.0.1/',
      client_id: platform.clientId,
      lti_deployment_id: platform.deploymentId,
      ...params,
    });
  expect(res.status).toBe(302);
  const url = new URL(res.headers.location as string);
  return { url, state: url.searchParams.get('state')!, nonce: url.searchParams.get('nonce')! };
}

function launch(idToken: string, state: string) {
  return t.client().agent.post('/lti/launch').type('form').send({ id_token: idToken, state });
}

const sessionCookie = (res: { headers: Record<string, unknown> }) =>
  ((res.headers['set-cookie'] as string[] | undefined) ?? []).find((c) =>
    c.startsWith('academy_session='),
  );

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

describe('the tool key', () => {
  it('signs what the platform can verify with /lti/jwks.json', async () => {
    const { LtiKeysService } = await import('./lti-keys.service.js');
    const keys = t.app.get(LtiKeysService);
    const jwt = await new SignJWT({ hello: 'platform' })
      .setProtectedHeader({ alg: 'RS256', kid: (await keys.signingKey()).kid })
      .sign(await importJWK(await keys.signingKey(), 'RS256'));
    const published = (await t.client().agent.get('/lti/jwks.json')).body.keys[0];
    const { payload } = await jwtVerify(jwt, await importJWK(published, 'RS256'));
    expect(payload.hello).toBe('platform');
    expect(decodeJwt(jwt).hello).toBe('platform');
  });
});

describe('LTI Deep Linking', () => {
  const DL = 'https://purl.imsglobal.org/spec/lti-dl/claim';
  const INSTRUCTOR = 'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor';
  const returnUrl = () => `${new URL(platform.jwksUrl).origin}/deep-link-return`;
  const request = (nonce: string, claims: Record<string, unknown> = {}) =>
    platform.idToken(nonce, {
      [`${LTI}/message_type`]: 'LtiDeepLinkingRequest',
      [`${LTI}/resource_link`]: undefined,
      [`${LTI}/roles`]: [INSTRUCTOR],
      [`${DL}/deep_linking_settings`]: {
        deep_link_return_url: returnUrl(),
        accept_types: ['ltiResourceLink'],
        accept_presentation_document_targets: ['iframe', 'window'],
        data: 'opaque-platform-data',
      },
      ...claims,
    });

  async function startSelection() {
    const { nonce, state } = await login();
    const res = await launch(await request(nonce), state);
    expect(res.status).toBe(303);
    expect(res.headers.location).toMatch(/^\/lti\/deep-link\/[0-9a-f-]{36}$/);
    expect(sessionCookie(res)).toBeUndefined();
    return res.headers.location as string;
  }

  it('shows the picker and the way back in the teacher’s language', async () => {
    const path = await startSelection();
    const page = await t.client().agent.get(path).set('accept-language', 'de-DE,de;q=0.9');
    expect(page.text).toContain('<html lang="de">');
    expect(page.text).toContain('<legend>Was soll die Aktivität öffnen?</legend>');
    expect(page.text).toMatch(/value="course:basics"[^>]*> Kurs: /);
    expect(page.text).toContain('Zum Kurs hinzufügen');
    const answer = await t
      .client()
      .agent.post(path)
      .set('accept-language', 'fi')
      .type('form')
      .send({ item: 'course:basics' });
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('<h1>Palataan oppimisympäristöösi…</h1>');
  });

  it('lets a teacher pick a module and answers the platform with a signed resource link', async () => {
    const path = await startSelection();
    const page = await t.client().agent.get(path);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain(
      `frame-ancestors ${new URL(returnUrl()).origin}`,
    );
    expect(page.text).toContain('value="course:basics"');
    expect(page.text).toContain('value="module:intro"');

    const answer = await t.client().agent.post(path).type('form').send({ item: 'module:intro' });
    expect(answer.status).toBe(200);
    expect(answer.text).toContain(`action="${returnUrl()}"`);
    expect(answer.headers['content-security-policy']).toContain(
      `form-action ${new URL(returnUrl()).origin}`,
    );
    const jwt = /name="JWT" value="([^"]+)"/.exec(answer.text)![1]!;
    const keys = (await t.client().agent.get('/lti/jwks.json')).body.keys;
    const { payload, protectedHeader } = await jwtVerify(jwt, await importJWK(keys[0], 'RS256'), {
      issuer: platform.clientId,
      audience: platform.issuer,
    });
    expect(protectedHeader.kid).toBe(keys[0].kid);
    expect(payload[`${LTI}/message_type`]).toBe('LtiDeepLinkingResponse');
    expect(payload[`${LTI}/version`]).toBe('1.3.0');
    expect(payload[`${LTI}/deployment_id`]).toBe(platform.deploymentId);
    expect(payload[`${DL}/data`]).toBe('opaque-platform-data');
    expect(payload[`${DL}/content_items`]).toEqual([
      {
        type: 'ltiResourceLink',
        title: 'Introduction',
        url: `${ACADEMY}/`,
        custom: { module: 'intro', lesson: 'first' },
      },
    ]);

    // Answered once only.
    const again = await t.client().agent.post(path).type('form').send({ item: 'course:basics' });
    expect(again.status).toBe(409);
  });

  it('refuses what is not in the catalogue and learners who try to add content', async () => {
    const path = await startSelection();
    const bad = await t.client().agent.post(path).type('form').send({ item: 'course:nope' });
    expect(bad.status).toBe(404);
    const { nonce, state } = await login();
    const learner = await launch(
      await request(nonce, {
        [`${LTI}/roles`]: ['http://purl.imsglobal.org/vocab/lis/v2/membership#Learner'],
      }),
      state,
    );
    expect(learner.status).toBe(403);
    expect(learner.text).toContain('NOT_ALLOWED');
    const unknown = await t
      .client()
      .agent.get('/lti/deep-link/00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
  });
});

describe('LTI Assignment and Grade Services', () => {
  const AGS = 'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint';
  const SCORE = 'https://purl.imsglobal.org/spec/lti-ags/scope/score';

  it('posts the score of a passed module quiz to the launch’s line item, retrying when the platform fails', async () => {
    platform.trustTool((await t.client().agent.get('/lti/jwks.json')).body.keys);
    const sub = `grader-${Date.now()}`;
    const learner = t.client();
    const { nonce, state } = await login();
    const launched = await learner.agent
      .post('/lti/launch')
      .type('form')
      .send({
        state,
        id_token: await platform.idToken(nonce, {
          sub,
          [`${LTI}/custom`]: { module: 'intro', lesson: 'first' },
          [AGS]: {
            scope: [SCORE, 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly'],
            lineitem: platform.lineItemUrl,
          },
        }),
      });
    expect(launched.status).toBe(303);

    const enrolmentId = await enrol(learner, releaseId, 'basics');
    const started = await learner.gql<{ startQuizAttempt: AttemptView }>(START, {
      input: { enrolmentId, module: 'intro' },
    });
    const attempt = started.data!.startQuizAttempt;
    const keys = await answerKeys(t.dataSource, releaseId);
    platform.failNextScores(1);
    const submitted = await learner.gql<{ submitQuizAttempt: AttemptView }>(SUBMIT, {
      input: {
        attemptId: attempt.id,
        idempotencyKey: `lti-${Date.now()}`,
        answers: attempt.questions.map((q) => rightAnswer(q.key, keys.get(q.key)!)),
      },
    });
    expect(submitted.data?.submitQuizAttempt.passed).toBe(true);

    const deadline = Date.now() + 20_000;
    while (platform.scores.length === 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 200));
    expect(platform.scores).toHaveLength(1);
    const [score] = platform.scores;
    expect(score!.body).toMatchObject({
      userId: sub,
      activityProgress: 'Completed',
      gradingProgress: 'FullyGraded',
    });
    expect(score!.body.scoreGiven).toBe(score!.body.scoreMaximum);
    expect(score!.body.scoreMaximum).toBeGreaterThan(0);
    expect(platform.assertions.length).toBeGreaterThanOrEqual(2); // a token for the failed post and the retry
    expect(platform.assertions[0]).toMatchObject({
      iss: platform.clientId,
      sub: platform.clientId,
    });
  }, 30_000);
});
