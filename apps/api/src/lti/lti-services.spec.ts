import { decodeJwt, importJWK, jwtVerify, SignJWT } from 'jose';
import type { PlatformSimulator } from '../../test/lti-platform.js';
import { ACADEMY, LTI, sessionCookie, useLtiHarness } from '../../test/lti-harness.js';
import {
  answerKeys,
  enrol,
  rightAnswer,
  START,
  SUBMIT,
  type AttemptView,
} from '../../test/learning-helpers.js';
import type { TestApp } from '../../test/test-app.js';

// The tool's own key, Deep Linking and grade passback (lti.spec.ts has registration and launch).
const h = useLtiHarness();
const { login, launch } = h;
let t: TestApp;
let platform: PlatformSimulator;
let releaseId: string;
beforeAll(() => ({ t, platform, releaseId } = h));

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
