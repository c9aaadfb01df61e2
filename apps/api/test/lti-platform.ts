import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  type JWK,
  type JWTPayload,
  jwtVerify,
  SignJWT,
} from 'jose';

/** LTI 1.3 claim names the simulator sets. */
const LTI = 'https://purl.imsglobal.org/spec/lti/claim';

export interface PlatformSimulator {
  issuer: string;
  clientId: string;
  deploymentId: string;
  jwksUrl: string;
  authLoginUrl: string;
  tokenUrl: string;
  /** A gradebook column's URL (AGS line item). */
  lineItemUrl: string;
  /** Scores posted to the line item, with the bearer token they carried. */
  scores: { body: Record<string, unknown>; token: string | undefined }[];
  /** Client assertions the token endpoint accepted (their payloads). */
  assertions: JWTPayload[];
  /** The tool's published keys, which the token endpoint checks client assertions against. */
  trustTool(keys: JWK[]): void;
  /** Answer the next `n` score posts with HTTP 503 (to see retries). */
  failNextScores(n: number): void;
  /** The course roster (NRPS) URL, served page by page with `Link: rel="next"`. */
  membershipsUrl: string;
  /** Sets the course roster the NRPS endpoint serves, and its page size. */
  setMembers(members: Record<string, unknown>[], pageSize?: number): void;
  /** Roster pages served (their URLs), to see the paging. */
  rosterPages: string[];
  /** Refuse these scopes at the token endpoint (OAuth2 invalid_scope), as a platform that withholds a service. */
  denyScopes(scopes: string[]): void;
  /** The platform's OpenID configuration URL (Dynamic Registration). */
  openidConfigurationUrl: string;
  /** Replace or break fields of the OpenID configuration (`undefined` removes one). */
  tweakConfiguration(fields: Record<string, unknown>): void;
  /** The token the registration endpoint expects as bearer; tool configurations it received. */
  registrationToken: string;
  registrations: { body: Record<string, unknown>; token: string | undefined }[];
  /** A resource link launch id_token; `claims` override or add claims, `undefined` removes one. */
  idToken(nonce: string, claims?: Record<string, unknown>, options?: SignOptions): Promise<string>;
  close(): Promise<void>;
}

interface SignOptions {
  /** Sign with another key that claims the platform's kid (a forged token). */
  forged?: boolean;
}

/**
 * A learning platform for the tests: its own RS256 key pair, its JWKS served on a loopback port,
 * and id_tokens shaped like Moodle's resource link launches.
 */
export async function startPlatform(): Promise<PlatformSimulator> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const rogue = await generateKeyPair('RS256');
  const kid = `sim-${randomBytes(4).toString('hex')}`;
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const scores: PlatformSimulator['scores'] = [];
  const assertions: JWTPayload[] = [];
  const tokens = new Set<string>();
  let toolKeys: JWK[] = [];
  let failing = 0;
  let members: Record<string, unknown>[] = [];
  let pageSize = 2;
  let denied: string[] = [];
  let configTweaks: Record<string, unknown> = {};
  const rosterPages: string[] = [];
  const registrations: PlatformSimulator['registrations'] = [];
  const registrationToken = randomBytes(12).toString('hex');
  const NRPS_SCOPE = 'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly';
  const grantedNrps = new Set<string>();
  const read = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => resolve(body));
    });
  const server: Server = createServer(async (req, res) => {
    if (req.method === 'POST' && req.url === '/token') {
      const form = new URLSearchParams(await read(req));
      try {
        if (form.get('grant_type') !== 'client_credentials') throw new Error('grant_type');
        const { payload } = await jwtVerify(
          form.get('client_assertion') ?? '',
          createLocalJWKSet({ keys: toolKeys }),
          { issuer: clientId, subject: clientId, audience: `${base}/token` },
        );
        const scope = form.get('scope') ?? '';
        if (denied.includes(scope)) {
          res.statusCode = 400;
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ error: 'invalid_scope' }));
          return;
        }
        assertions.push(payload);
        const token = randomBytes(16).toString('hex');
        tokens.add(token);
        if (scope.split(' ').includes(NRPS_SCOPE)) grantedNrps.add(token);
        res.setHeader('content-type', 'application/json');
        res.end(
          JSON.stringify({
            access_token: token,
            token_type: 'Bearer',
            expires_in: 3600,
            scope: form.get('scope'),
          }),
        );
      } catch {
        res.statusCode = 400;
        res.end(JSON.stringify({ error: 'invalid_client' }));
      }
      return;
    }
    if (req.method === 'POST' && req.url?.startsWith('/lineitems/1/scores')) {
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      const body = JSON.parse(await read(req)) as Record<string, unknown>;
      if (failing > 0) {
        failing--;
        res.statusCode = 503;
        res.end();
        return;
      }
      if (
        !token ||
        !tokens.has(token) ||
        req.headers['content-type'] !== 'application/vnd.ims.lis.v1.score+json'
      ) {
        res.statusCode = 401;
        res.end();
        return;
      }
      scores.push({ body, token });
      res.statusCode = 204;
      res.end();
      return;
    }
    if (req.method === 'GET' && req.url?.startsWith('/courses/7/memberships')) {
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      if (!token || !grantedNrps.has(token)) {
        res.statusCode = 403;
        res.end();
        return;
      }
      rosterPages.push(req.url);
      const page = Number(new URL(req.url, base).searchParams.get('page') ?? '1');
      const slice = members.slice((page - 1) * pageSize, page * pageSize);
      if (page * pageSize < members.length)
        res.setHeader(
          'link',
          `<${base}/courses/7/memberships?page=${page + 1}>; rel="next", <${base}/courses/7/memberships?page=1>; rel="first"`,
        );
      res.setHeader('content-type', 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json');
      res.end(
        JSON.stringify({
          id: `${base}/courses/7/memberships?page=${page}`,
          context: { id: 'course-7', title: 'Circular procurement 101' },
          members: slice,
        }),
      );
      return;
    }
    if (req.method === 'GET' && req.url === `${issuerPath}/.well-known/openid-configuration`) {
      const config: Record<string, unknown> = {
        issuer,
        authorization_endpoint: `${base}/auth`,
        token_endpoint: `${base}/token`,
        token_endpoint_auth_methods_supported: ['private_key_jwt'],
        token_endpoint_auth_signing_alg_values_supported: ['RS256'],
        jwks_uri: `${base}/jwks`,
        registration_endpoint: `${base}/register`,
        scopes_supported: ['openid', NRPS_SCOPE],
        response_types_supported: ['id_token'],
        subject_types_supported: ['public', 'pairwise'],
        id_token_signing_alg_values_supported: ['RS256'],
        claims_supported: ['sub', 'iss', 'name', 'email'],
        'https://purl.imsglobal.org/spec/lti-platform-configuration': {
          product_family_code: 'moodle',
          version: '4.5',
          messages_supported: [
            { type: 'LtiResourceLinkRequest' },
            { type: 'LtiDeepLinkingRequest' },
          ],
        },
        ...configTweaks,
      };
      for (const [key, value] of Object.entries(config))
        if (value === undefined) delete config[key];
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(config));
      return;
    }
    if (req.method === 'POST' && req.url === '/register') {
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      const body = JSON.parse(await read(req)) as Record<string, unknown>;
      registrations.push({ body, token });
      res.setHeader('content-type', 'application/json');
      if (token !== registrationToken) {
        res.statusCode = 401;
        res.end(JSON.stringify({ error: 'invalid_token' }));
        return;
      }
      res.end(
        JSON.stringify({
          ...body,
          client_id: clientId,
          'https://purl.imsglobal.org/spec/lti-tool-configuration': {
            ...(body['https://purl.imsglobal.org/spec/lti-tool-configuration'] as object),
            deployment_id: deploymentId,
          },
        }),
      );
      return;
    }
    if (req.url === '/jwks') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
      return;
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuerPath = `/platform-${randomBytes(4).toString('hex')}`;
  const issuer = `${base}${issuerPath}`;
  const clientId = `client-${randomBytes(4).toString('hex')}`;
  const deploymentId = `deployment-${randomBytes(3).toString('hex')}`;

  return {
    issuer,
    clientId,
    deploymentId,
    jwksUrl: `${base}/jwks`,
    authLoginUrl: `${base}/auth`,
    tokenUrl: `${base}/token`,
    lineItemUrl: `${base}/lineitems/1?type=quiz`,
    scores,
    assertions,
    membershipsUrl: `${base}/courses/7/memberships`,
    setMembers(list, size = 2) {
      members = list;
      pageSize = size;
    },
    rosterPages,
    denyScopes(scopes) {
      denied = scopes;
    },
    openidConfigurationUrl: `${issuer}/.well-known/openid-configuration`,
    tweakConfiguration(fields) {
      configTweaks = fields;
    },
    registrationToken,
    registrations,
    trustTool(keys) {
      toolKeys = keys;
    },
    failNextScores(n) {
      failing = n;
    },
    async idToken(nonce, claims = {}, options = {}) {
      const now = Math.floor(Date.now() / 1000);
      const payload: JWTPayload = {
        iss: issuer,
        aud: clientId,
        sub: `user-${randomBytes(4).toString('hex')}`,
        iat: now,
        exp: now + 300,
        nonce,
        name: 'Ada Platform',
        email: 'ada@platform.example',
        [`${LTI}/message_type`]: 'LtiResourceLinkRequest',
        [`${LTI}/version`]: '1.3.0',
        [`${LTI}/deployment_id`]: deploymentId,
        [`${LTI}/target_link_uri`]: 'https://academy.invalid/',
        [`${LTI}/resource_link`]: { id: 'resource-1', title: 'Circular procurement' },
        [`${LTI}/roles`]: ['http://purl.imsglobal.org/vocab/lis/v2/membership#Learner'],
        ...claims,
      };
      for (const [key, value] of Object.entries(payload))
        if (value === undefined) delete payload[key];
      return new SignJWT(payload)
        .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
        .sign(options.forged ? rogue.privateKey : privateKey);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
