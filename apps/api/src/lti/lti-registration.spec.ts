import { grantRoleInDb, registerUser } from '../../test/factories.js';
import { type PlatformSimulator, startPlatform } from '../../test/lti-platform.js';
import { bootTestApp, type TestApp, type TestClient } from '../../test/test-app.js';

const ACADEMY = 'https://academy.example.test';
const CREATE_LINK = `mutation { createLtiRegistrationLink { url expiresAt } }`;
const PLATFORMS = `{ ltiPlatforms { name issuer clientId deploymentIds authLoginUrl jwksUrl tokenUrl } }`;

let t: TestApp;
let admin: TestClient;
const platforms: PlatformSimulator[] = [];

beforeAll(async () => {
  t = await bootTestApp({ PUBLIC_URL: ACADEMY });
  admin = t.client();
  const a = await registerUser(admin);
  await grantRoleInDb(t.dataSource, a.id, 'admin');
});
afterAll(async () => {
  await Promise.all(platforms.map((p) => p.close()));
  await t?.close();
});

async function newPlatform() {
  const p = await startPlatform();
  platforms.push(p);
  return p;
}

/** A registration link from the admin page, as a path of the academy. */
async function link(): Promise<string> {
  const res = await admin.gql<{ createLtiRegistrationLink: { url: string; expiresAt: string } }>(
    CREATE_LINK,
  );
  expect(res.errors).toBeUndefined();
  const url = new URL(res.data!.createLtiRegistrationLink.url);
  expect(url.origin).toBe(ACADEMY);
  expect(url.pathname).toMatch(/^\/lti\/register\/[A-Za-z0-9_-]{43}$/);
  return url.pathname;
}

/** The platform opens the link with its configuration URL and registration token (LTI-DR 3.3). */
const open = (path: string, p: PlatformSimulator, token = p.registrationToken) =>
  t
    .client()
    .agent.get(path)
    .query({ openid_configuration: p.openidConfigurationUrl, registration_token: token });

describe('LTI Dynamic Registration', () => {
  it('is for administrators only', async () => {
    const learner = t.client();
    await registerUser(learner);
    expect((await learner.gql(CREATE_LINK)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.client().gql(CREATE_LINK)).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('reads the platform configuration, posts the tool configuration, stores the platform', async () => {
    const p = await newPlatform();
    const path = await link();
    const res = await open(path, p);
    expect(res.status).toBe(200);
    expect(res.text).toContain('The academy is registered');
    expect(res.text).toContain("postMessage({ subject: 'org.imsglobal.lti.close' }, '*')");
    expect(res.headers['content-security-policy']).toMatch(/script-src 'sha256-[^']+'/);

    const [sent] = p.registrations;
    expect(sent?.token).toBe(p.registrationToken);
    expect(sent?.body).toMatchObject({
      application_type: 'web',
      response_types: ['id_token'],
      grant_types: ['implicit', 'client_credentials'],
      initiate_login_uri: `${ACADEMY}/lti/login`,
      redirect_uris: [`${ACADEMY}/lti/launch`],
      jwks_uri: `${ACADEMY}/lti/jwks.json`,
      token_endpoint_auth_method: 'private_key_jwt',
      'https://purl.imsglobal.org/spec/lti-tool-configuration': {
        domain: 'academy.example.test',
        target_link_uri: `${ACADEMY}/`,
        messages: expect.arrayContaining([{ type: 'LtiResourceLinkRequest' }]),
      },
    });
    expect(String(sent?.body.scope)).toContain('contextmembership.readonly');

    const list = await admin.gql<{ ltiPlatforms: Record<string, unknown>[] }>(PLATFORMS);
    expect(list.data?.ltiPlatforms).toContainEqual({
      name: `moodle (${new URL(p.issuer).host})`,
      issuer: p.issuer,
      clientId: p.clientId,
      deploymentIds: [p.deploymentId],
      authLoginUrl: p.authLoginUrl,
      jwksUrl: p.jwksUrl,
      tokenUrl: p.tokenUrl,
    });

    // The registered platform can launch at once.
    const login = await t
      .client()
      .agent.get('/lti/login')
      .query({
        iss: p.issuer,
        login_hint: 'x',
        target_link_uri: `${ACADEMY}/`,
        client_id: p.clientId,
      });
    expect(login.status).toBe(302);

    // The link works once.
    const again = await open(path, p);
    expect(again.status).toBe(404);
    expect(again.text).toContain('REGISTRATION_LINK_INVALID');
    expect(p.registrations).toHaveLength(1);
  });

  it('refuses unknown links before calling anyone', async () => {
    const p = await newPlatform();
    const res = await open(`/lti/register/${'x'.repeat(43)}`, p);
    expect(res.status).toBe(404);
    expect(p.registrations).toHaveLength(0);
  });

  it('refuses a configuration whose issuer does not match its URL, or that lacks endpoints', async () => {
    const p = await newPlatform();
    p.tweakConfiguration({ issuer: 'https://elsewhere.example' });
    const wrongIssuer = await open(await link(), p);
    expect(wrongIssuer.status).toBe(400);
    expect(wrongIssuer.text).toContain('INVALID_PLATFORM_CONFIGURATION');
    expect(wrongIssuer.text).toContain('does not match the configuration URL');

    p.tweakConfiguration({ registration_endpoint: undefined, jwks_uri: 'not a url' });
    const incomplete = await open(await link(), p);
    expect(incomplete.status).toBe(400);
    expect(incomplete.text).toContain('registration_endpoint');
    expect(incomplete.text).toContain('jwks_uri');
    expect(p.registrations).toHaveLength(0);

    // A link that failed stays usable: the admin fixes the platform and tries again.
    p.tweakConfiguration({});
    const path = await link();
    p.tweakConfiguration({ id_token_signing_alg_values_supported: ['HS256'] });
    expect((await open(path, p)).status).toBe(400);
    p.tweakConfiguration({});
    expect((await open(path, p)).status).toBe(200);
  });

  it('shows the platform’s refusal in the person’s language', async () => {
    const p = await newPlatform();
    const res = await open(await link(), p, 'wrong-token').set('accept-language', 'de');
    expect(res.status).toBe(400);
    expect(res.text).toContain('<html lang="de">');
    expect(res.text).toContain(
      'Die Lernplattform hat die Registrierung der Akademie nicht angenommen.',
    );
    expect(res.text).toContain('HTTP 401');
  });
});
