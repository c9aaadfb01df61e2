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
        assertions.push(payload);
        const token = randomBytes(16).toString('hex');
        tokens.add(token);
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
  const issuer = `${base}/platform-${randomBytes(4).toString('hex')}`;
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
