import { grantRoleInDb, registerUser } from './factories.js';
import { type PlatformSimulator, startPlatform } from './lti-platform.js';
import { curriculumCopy } from './curriculum-fixture.js';
import { bootTestApp, type TestApp, type TestClient } from './test-app.js';
import { importCurriculumFolder } from '../src/curriculum/import-bundled.js';

export const LTI = 'https://purl.imsglobal.org/spec/lti/claim';
export const ACADEMY = 'https://academy.example.test';
export const REGISTER = `mutation($input: LtiPlatformInput!) { registerLtiPlatform(input: $input) { id issuer clientId deploymentIds } }`;

/** What an LTI spec works with: the academy, an administrator and one registered platform. */
export interface LtiHarness {
  t: TestApp;
  admin: TestClient;
  platform: PlatformSimulator;
  releaseId: string;
  /** Runs the login step as the platform's browser would, returning what the academy sent on. */
  login(params?: Record<string, string>): Promise<{ url: URL; state: string; nonce: string }>;
  launch(idToken: string, state: string): ReturnType<TestClient['agent']['post']>;
}

/**
 * Boots the academy with a curriculum fixture as its current release (the catalogue Deep Linking
 * lists) and registers a simulated platform, in the calling file's beforeAll. The returned object
 * is filled in once beforeAll has run.
 */
export function useLtiHarness(): LtiHarness {
  const fixture = curriculumCopy();
  const h = {} as LtiHarness;
  beforeAll(async () => {
    // A fixed public origin: supertest serves every request on a new ephemeral port.
    h.t = await bootTestApp({ PUBLIC_URL: ACADEMY, CURRICULUM_DIR: fixture.root });
    const [core] = await importCurriculumFolder(h.t.dataSource, fixture.root);
    h.releaseId = core!.releaseId;
    h.admin = h.t.client();
    const a = await registerUser(h.admin);
    await grantRoleInDb(h.t.dataSource, a.id, 'admin');
    h.platform = await startPlatform();
    const p = h.platform;
    const res = await h.admin.gql(REGISTER, {
      input: {
        name: 'Moodle of Testville',
        issuer: p.issuer,
        clientId: p.clientId,
        deploymentIds: [p.deploymentId],
        authLoginUrl: p.authLoginUrl,
        jwksUrl: p.jwksUrl,
        tokenUrl: p.tokenUrl,
      },
    });
    expect(res.errors).toBeUndefined();
  });
  afterAll(async () => {
    fixture.cleanup();
    await h.platform?.close();
    await h.t?.close();
  });
  h.login = async (params = {}) => {
    const res = await h.t
      .client()
      .agent.post('/lti/login')
      .type('form')
      .send({
        iss: h.platform.issuer,
        login_hint: 'hint-1',
        target_link_uri: 'http://127.0.0.1/',
        client_id: h.platform.clientId,
        lti_deployment_id: h.platform.deploymentId,
        ...params,
      });
    expect(res.status).toBe(302);
    const url = new URL(res.headers.location as string);
    return { url, state: url.searchParams.get('state')!, nonce: url.searchParams.get('nonce')! };
  };
  h.launch = (idToken, state) =>
    h.t.client().agent.post('/lti/launch').type('form').send({ id_token: idToken, state });
  return h;
}

export const sessionCookie = (res: { headers: Record<string, unknown> }) =>
  ((res.headers['set-cookie'] as string[] | undefined) ?? []).find((c) =>
    c.startsWith('academy_session='),
  );
