import { generateIssuerKey } from '@academy/credentials';
import {
  buildOpenBadgeCredential,
  signCredential,
  sampleCertificateInput,
} from '@academy/credentials';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { grantRoleInDb, registerUser } from '../../test/factories.js';
import { completeFixtureCourse } from '../../test/learning-helpers.js';
import { countStatements } from '../../test/sql-counter.js';
import { useFixtureApp } from '../../test/fixture-app.js';
import { bootTestApp, type TestApp, type TestClient } from '../../test/test-app.js';

let t: TestApp;
let releaseId: string;
useFixtureApp((app) => {
  ({ t, releaseId } = app);
});

const MINE = `{ myCertificates { total items { id status recipientName courseTitle curriculumVersion contentHash verifyUrl pdfUrl linkedInUrl } } }`;
const CHECK = `query($c: String!) { checkCredential(credential: $c) { valid status explanation certificate { id status } } }`;

async function certifiedLearner(
  name = 'Petra Policy',
): Promise<{ client: TestClient; id: string; jwt: string }> {
  const client = t.client();
  await registerUser(client, { displayName: name });
  await completeFixtureCourse(client, t.dataSource, releaseId);
  const mine = await client.gql<{ myCertificates: { items: { id: string }[] } }>(MINE);
  const id = mine.data!.myCertificates.items[0]!.id;
  const jwt = (await client.agent.get(`/certificates/${id}/credential.jwt`)).text;
  return { client, id, jwt };
}

/** Downloads a certificate PDF and returns its text as PDF.js (Firefox's viewer) extracts it. */
async function pdfText(id: string): Promise<{ text: string; cacheControl: string }> {
  const res = await t
    .client()
    .agent.get(`/certificates/${id}/certificate.pdf`)
    .buffer(true)
    .parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
  const doc = await getDocument({ data: new Uint8Array(res.body as Buffer), verbosity: 0 }).promise;
  const content = await (await doc.getPage(1)).getTextContent();
  await doc.destroy();
  return {
    text: content.items.map((item) => ('str' in item ? item.str : '')).join('\n'),
    cacheControl: String(res.headers['cache-control']),
  };
}

describe('certificates', () => {
  it('issues one certificate on completion, with the release it was learned from', async () => {
    const { client, id } = await certifiedLearner();
    const mine = await client.gql<{
      myCertificates: { total: number; items: Record<string, string>[] };
    }>(MINE);
    expect(mine.data?.myCertificates.total).toBe(1);
    const [release] = await t.dataSource.query(
      `SELECT version, content_hash FROM curriculum_releases WHERE id = $1`,
      [releaseId],
    );
    expect(mine.data?.myCertificates.items[0]).toMatchObject({
      id,
      status: 'valid',
      recipientName: 'Petra Policy',
      curriculumVersion: release.version,
      contentHash: release.content_hash,
    });
    expect(mine.data?.myCertificates.items[0]!.linkedInUrl).toContain(
      encodeURIComponent(`/verify/${id}`),
    );
  });

  it('verifies the credential, and any changed byte or foreign key makes it invalid', async () => {
    const { jwt } = await certifiedLearner();
    const ok = await t
      .client()
      .gql<{ checkCredential: { valid: boolean; status: string } }>(CHECK, { c: jwt });
    expect(ok.data?.checkCredential).toMatchObject({ valid: true, status: 'valid' });
    const [header, payload, signature] = jwt.split('.') as [string, string, string];
    const flip = (s: string, i: number) =>
      s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    for (const tampered of [
      `${header}.${flip(payload, 20)}.${signature}`,
      `${header}.${payload}.${flip(signature, 10)}`,
    ]) {
      const res = await t
        .client()
        .gql<{ checkCredential: { valid: boolean; explanation: string } }>(CHECK, { c: tampered });
      expect(res.data?.checkCredential.valid).toBe(false);
      expect(res.data?.checkCredential.explanation.length).toBeGreaterThan(10);
    }
    const stranger = await generateIssuerKey();
    const forged = await signCredential(
      buildOpenBadgeCredential(sampleCertificateInput()),
      stranger,
    );
    const res = await t
      .client()
      .gql<{ checkCredential: { valid: boolean; status: string } }>(CHECK, { c: forged });
    expect(res.data?.checkCredential).toMatchObject({ valid: false, status: 'invalid' });
  });

  it('checks pasted JSON against the issued credential and names the changed field', async () => {
    const { jwt } = await certifiedLearner();
    const payload = JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8'));
    const same = await t
      .client()
      .gql<{ checkCredential: { valid: boolean } }>(CHECK, { c: JSON.stringify(payload) });
    expect(same.data?.checkCredential.valid).toBe(true);
    payload.credentialSubject.identifier[0].identityHash = 'Someone Else';
    const changed = await t.client().gql<{
      checkCredential: { valid: boolean; explanation: string };
    }>(CHECK, { c: JSON.stringify(payload) });
    expect(changed.data?.checkCredential.valid).toBe(false);
    expect(changed.data?.checkCredential.explanation).toContain('credentialSubject.identifier');
  });

  it('lets only admins revoke, shows the revocation everywhere, and audit-logs it', async () => {
    const { id, jwt } = await certifiedLearner();
    const before = await pdfText(id);
    expect(before.text).toContain('Certificate of completion');
    expect(before.text).not.toContain('REVOKED');
    // A cache revalidates the verification answer with its ETag: unchanged, a 304 without body.
    // (One Host throughout: the answer's links name it.)
    const verify = () => t.client().agent.get(`/verify-api/${id}`).set('host', 'academy.test');
    const valid = await verify();
    const etag = String(valid.headers.etag);
    expect(etag).toMatch(/^W\/"/);
    expect(valid.headers['cache-control']).toBe('public, no-cache');
    const unchanged = await verify().set('if-none-match', etag);
    expect(unchanged.status).toBe(304);
    const REVOKE = `mutation($i: RevokeCertificateInput!) { revokeCertificate(input: $i) { status revokedReason } }`;
    const learner = t.client();
    await registerUser(learner);
    expect(
      (await learner.gql(REVOKE, { i: { id, reason: 'Exam fraud' } })).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    const admin = t.client();
    const adminUser = await registerUser(admin);
    await grantRoleInDb(t.dataSource, adminUser.id, 'admin');
    const revoked = await admin.gql<{ revokeCertificate: { status: string } }>(REVOKE, {
      i: { id, reason: 'Exam fraud' },
    });
    expect(revoked.data?.revokeCertificate).toEqual({
      status: 'revoked',
      revokedReason: 'Exam fraud',
    });
    const again = await admin.gql(REVOKE, { i: { id, reason: 'Twice' } });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const revokedAt = new Date(
      (
        await t.dataSource.query(`SELECT revoked_at FROM certificates WHERE id = $1`, [id])
      )[0].revoked_at,
    );
    const after = await pdfText(id);
    expect(after.text).toMatch(/^REVOKED$/m);
    expect(after.text).toContain(
      `Revoked on ${new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(revokedAt)}`,
    );
    expect(after.cacheControl).toContain('no-cache');
    // The revocation changes the answer, so the cached copy's ETag no longer matches.
    const page = await verify().set('if-none-match', etag);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ status: 'revoked', revokedReason: 'Exam fraud' });
    const check = await t
      .client()
      .gql<{ checkCredential: { status: string; explanation: string } }>(CHECK, { c: jwt });
    expect(check.data?.checkCredential.status).toBe('revoked');
    const audit = await t.dataSource.query(
      `SELECT actor_id, action, details FROM audit_log WHERE subject_id = $1`,
      [id],
    );
    expect(audit).toEqual([
      { actor_id: adminUser.id, action: 'certificate.revoke', details: { reason: 'Exam fraud' } },
    ]);
  });

  it('keeps old certificates valid after the signing key is rotated', async () => {
    const { jwt } = await certifiedLearner();
    const next = await generateIssuerKey();
    const rotated = await bootTestApp({ ISSUER_PRIVATE_JWK: JSON.stringify(next.privateJwk) });
    try {
      const res = await rotated
        .client()
        .gql<{ checkCredential: { valid: boolean } }>(CHECK, { c: jwt });
      expect(res.data?.checkCredential.valid).toBe(true);
      const jwks = (await rotated.client().agent.get('/.well-known/jwks.json')).body as {
        keys: Record<string, unknown>[];
      };
      expect(jwks.keys.map((k) => k.kid)).toEqual(
        expect.arrayContaining([
          next.kid,
          JSON.parse(Buffer.from(jwt.split('.')[0]!, 'base64url').toString()).kid,
        ]),
      );
      expect(jwks.keys.every((k) => !('d' in k))).toBe(true);
    } finally {
      await rotated.close();
    }
  });

  it('points share links and the PDF at the request’s origin when PUBLIC_URL is unset, never at localhost', async () => {
    const { client, id } = await certifiedLearner('Orla Origin');
    const res = await client.agent
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('host', 'academy.city.example')
      .set('x-forwarded-host', 'evil.example') // ignored: TRUST_PROXY is off
      .send({ query: MINE });
    const item = res.body.data.myCertificates.items[0] as Record<string, string>;
    expect(item.verifyUrl).toBe(`http://academy.city.example/verify/${id}`);
    expect(item.pdfUrl).toBe(`http://academy.city.example/certificates/${id}/certificate.pdf`);
    expect(item.linkedInUrl).toContain(
      encodeURIComponent(`http://academy.city.example/verify/${id}`),
    );
    const pdf = await t
      .client()
      .agent.get(`/certificates/${id}/certificate.pdf`)
      .set('host', 'academy.city.example')
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    const doc = await getDocument({ data: new Uint8Array(pdf.body as Buffer), verbosity: 0 })
      .promise;
    const text = (await (await doc.getPage(1)).getTextContent()).items
      .map((i) => ('str' in i ? i.str : ''))
      .join('');
    await doc.destroy();
    expect(text).toContain('academy.city.example');
    expect(text).not.toContain('localhost');
  });

  it('serves the issuer profile and a PDF', async () => {
    const { id } = await certifiedLearner('Zoë Ødegård');
    const issuer = await t.client().agent.get('/issuer');
    expect(issuer.body).toMatchObject({ type: ['Profile'], name: 'Circular Procurement Academy' });
    const pdf = await t
      .client()
      .agent.get(`/certificates/${id}/certificate.pdf`)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('counts a verification and reads the certificate in one statement, REST and GraphQL', async () => {
    const { id } = await certifiedLearner('Vera Verify');
    const c = t.client();
    const rest = await countStatements(() => c.agent.get(`/verify-api/${id}`));
    expect(rest.result.body).toMatchObject({ id, status: 'valid', recipientName: 'Vera Verify' });
    expect(rest.statements).toHaveLength(1);
    const gql = await countStatements(() =>
      c.gql(`query($id: ID!) { certificate(id: $id) { id status recipientName } }`, { id }),
    );
    expect(gql.result.data).toEqual({
      certificate: { id, status: 'valid', recipientName: 'Vera Verify' },
    });
    expect(gql.statements).toHaveLength(1);
  });

  it('answers unknown for random ids and rate-limits guessing', async () => {
    const { id } = await certifiedLearner('Gus Guess');
    const c = t.client();
    const unknown = await c.agent.get('/verify-api/4f1c2b9e-8a7d-4c3b-9e2f-1a2b3c4d5e6f');
    expect(unknown.body).toEqual({ id: '4f1c2b9e-8a7d-4c3b-9e2f-1a2b3c4d5e6f', status: 'unknown' });
    let limited = 0;
    for (let i = 0; i < 70; i++) {
      const res = await c.agent.get(`/verify-api/${crypto.randomUUID()}`);
      if (res.status === 429) limited++;
    }
    expect(limited).toBeGreaterThan(0);
    // Past the limit a real id is refused alike: nothing of the certificate is sent.
    const refused = await c.agent.get(`/verify-api/${id}`);
    expect(refused.status).toBe(429);
    expect(JSON.stringify(refused.body)).not.toContain('Gus Guess');
    const viaGraphql = await c.gql(`query($id: ID!) { certificate(id: $id) { recipientName } }`, {
      id,
    });
    expect(viaGraphql.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(JSON.stringify(viaGraphql)).not.toContain('Gus Guess');
  });
});
