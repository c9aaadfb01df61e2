import { randomBytes } from 'node:crypto';
import { startTestSmtp } from '../../test/smtp-server.js';
import { bootTestApp, type TestApp } from '../../test/test-app.js';
import { NOTICE_VERSION, PASSWORD, registerUser, uniqueEmail } from '../../test/factories.js';
import {
  ACCOUNT_ATTEMPTS_PER_HOUR,
  BASE_DELAY_SECONDS,
  FREE_ATTEMPTS,
  pairBucket,
} from './login-throttle.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { id } }`;
const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) }`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { extensions?: { code?: string; retryAfterSeconds?: number } }[];
}

// Behind TRUST_PROXY the client is the forwarded address, so each test can be its own client.
let t: TestApp;
const REGISTRATIONS_PER_HOUR = 3;
beforeAll(async () => {
  t = await bootTestApp({
    TRUST_PROXY: '1',
    REGISTRATIONS_PER_HOUR: String(REGISTRATIONS_PER_HOUR),
  });
});
afterAll(() => t.close());

const newClientAddress = () =>
  `2001:db8::${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}`;

async function gqlFrom(
  ip: string,
  query: string,
  variables: object,
  cookie?: string,
): Promise<Answer> {
  const req = t
    .client()
    .agent.post('/graphql')
    .set('content-type', 'application/json')
    .set('x-forwarded-for', ip);
  if (cookie) req.set('cookie', cookie);
  return (await req.send({ query, variables })).body as Answer;
}
/** A browser at its own address, so registering in one test does not count against another. */
function freshClient() {
  const client = t.client();
  client.agent.set('x-forwarded-for', newClientAddress());
  return client;
}
const codeOf = (a: Answer) => a.errors?.[0]?.extensions?.code ?? 'OK';

describe('sign-in throttle', () => {
  it(`lets 40 parallel wrong passwords from one client test at most ${FREE_ATTEMPTS}`, async () => {
    const user = await registerUser(freshClient());
    const ip = newClientAddress();
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        gqlFrom(ip, LOGIN, { input: { email: user.email, password: `wrong guess number ${i}` } }),
      ),
    );
    const codes = answers.map(codeOf);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(FREE_ATTEMPTS);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(40 - FREE_ATTEMPTS);
  });

  it('does not lock the owner out when strangers fail ten times', async () => {
    const user = await registerUser(freshClient());
    const stranger = newClientAddress();
    const codes: string[] = [];
    for (let i = 0; i < 10; i++)
      codes.push(
        codeOf(
          await gqlFrom(stranger, LOGIN, {
            input: { email: user.email, password: `stranger guess ${i}` },
          }),
        ),
      );
    expect(codes.slice(0, FREE_ATTEMPTS).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(codes.slice(FREE_ATTEMPTS).every((c) => c === 'RATE_LIMITED')).toBe(true);
    const blocked = await gqlFrom(stranger, LOGIN, {
      input: { email: user.email, password: PASSWORD },
    });
    expect(codeOf(blocked)).toBe('RATE_LIMITED');
    expect(blocked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    const owner = await gqlFrom(newClientAddress(), LOGIN, {
      input: { email: user.email, password: PASSWORD },
    });
    expect(owner.errors).toBeUndefined();
    expect(owner.data).toEqual({ login: { id: user.id } });
  });

  it('makes each further attempt wait twice as long, and forgets after a success', async () => {
    const user = await registerUser(freshClient());
    const ip = newClientAddress();
    const bucket = pairBucket(user.email, ip);
    const wrong = () =>
      gqlFrom(ip, LOGIN, { input: { email: user.email, password: 'not the password at all' } });
    for (let i = 0; i < FREE_ATTEMPTS; i++) expect(codeOf(await wrong())).toBe('UNAUTHENTICATED');
    const waits: number[] = [];
    for (let round = 0; round < 3; round++) {
      const refused = await wrong();
      expect(codeOf(refused)).toBe('RATE_LIMITED');
      waits.push(refused.errors![0]!.extensions!.retryAfterSeconds!);
      // Let the wait pass without sleeping in the test.
      await t.dataSource.query(
        `UPDATE throttle_counters SET blocked_until = now() - interval '1 second' WHERE bucket = $1`,
        [bucket],
      );
      expect(codeOf(await wrong())).toBe('UNAUTHENTICATED');
    }
    expect(waits).toEqual([BASE_DELAY_SECONDS, 2 * BASE_DELAY_SECONDS, 4 * BASE_DELAY_SECONDS]);
    await t.dataSource.query(
      `UPDATE throttle_counters SET blocked_until = now() - interval '1 second' WHERE bucket = $1`,
      [bucket],
    );
    expect(
      codeOf(await gqlFrom(ip, LOGIN, { input: { email: user.email, password: PASSWORD } })),
    ).toBe('OK');
    expect(
      await t.dataSource.query(`SELECT 1 FROM throttle_counters WHERE bucket = $1`, [bucket]),
    ).toEqual([]);
  });

  it(`stops an account's guessing from all clients together at ${ACCOUNT_ATTEMPTS_PER_HOUR} an hour`, async () => {
    const user = await registerUser(freshClient());
    // As if a botnet had spent the hour's attempts from a hundred addresses.
    await t.dataSource.query(
      `INSERT INTO throttle_counters (bucket, hits, window_ends_at) VALUES ($1, $2, now() + interval '1 hour')
       ON CONFLICT (bucket) DO UPDATE SET hits = $2, window_ends_at = now() + interval '1 hour'`,
      [`signin:account:${user.email}`, ACCOUNT_ATTEMPTS_PER_HOUR],
    );
    expect(
      codeOf(
        await gqlFrom(newClientAddress(), LOGIN, {
          input: { email: user.email, password: 'yet another guess' },
        }),
      ),
    ).toBe('RATE_LIMITED');
  });

  it('throttles unknown accounts exactly like known ones', async () => {
    const ip = newClientAddress();
    const email = uniqueEmail('nobody');
    const codes: string[] = [];
    for (let i = 0; i <= FREE_ATTEMPTS; i++)
      codes.push(
        codeOf(await gqlFrom(ip, LOGIN, { input: { email, password: `guess number ${i}` } })),
      );
    expect(codes).toEqual([
      ...Array<string>(FREE_ATTEMPTS).fill('UNAUTHENTICATED'),
      'RATE_LIMITED',
    ]);
  });

  it('throttles guessing the current password through changePassword', async () => {
    const ip = newClientAddress();
    const email = uniqueEmail();
    await gqlFrom(ip, REGISTER, {
      input: {
        email,
        password: PASSWORD,
        displayName: 'Changer',
        privacyNoticeVersion: NOTICE_VERSION,
      },
    });
    const login = await t
      .client()
      .agent.post('/graphql')
      .set('content-type', 'application/json')
      .set('x-forwarded-for', ip)
      .send({ query: LOGIN, variables: { input: { email, password: PASSWORD } } });
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const codes: string[] = [];
    for (let i = 0; i <= FREE_ATTEMPTS; i++) {
      codes.push(
        codeOf(
          await gqlFrom(
            ip,
            CHANGE,
            { input: { currentPassword: `guess ${i}`, newPassword: 'a brand new passphrase' } },
            cookie,
          ),
        ),
      );
    }
    expect(codes).toEqual([...Array<string>(FREE_ATTEMPTS).fill('BAD_USER_INPUT'), 'RATE_LIMITED']);
  });
});

describe('registration throttle', () => {
  it(`accepts at most ${REGISTRATIONS_PER_HOUR} registrations an hour from one client, even in parallel`, async () => {
    const ip = newClientAddress();
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        gqlFrom(ip, REGISTER, {
          input: {
            email: uniqueEmail(),
            password: PASSWORD,
            displayName: 'Many',
            privacyNoticeVersion: NOTICE_VERSION,
          },
        }),
      ),
    );
    const codes = answers.map(codeOf);
    expect(codes.filter((c) => c === 'OK')).toHaveLength(REGISTRATIONS_PER_HOUR);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(8 - REGISTRATIONS_PER_HOUR);
    expect(
      codeOf(
        await gqlFrom(newClientAddress(), REGISTER, {
          input: {
            email: uniqueEmail(),
            password: PASSWORD,
            displayName: 'Other',
            privacyNoticeVersion: NOTICE_VERSION,
          },
        }),
      ),
    ).toBe('OK');
  });
});

describe('registering a taken address', () => {
  it("tells the address's owner by email, and answers the caller as for a new address", async () => {
    const smtp = await startTestSmtp({ auth: { user: 'academy@example.test', pass: 's3cret pw' } });
    const mailing = await bootTestApp({
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Academy <academy@example.test>',
    });
    try {
      const owner = await registerUser(mailing.client(), { preferredLocale: 'nl' });
      expect(smtp.received).toHaveLength(0); // a new account is not mailed
      const again = await mailing.client().gql(REGISTER, {
        input: {
          email: owner.email,
          password: 'someone elses passphrase',
          displayName: 'Intruder',
          privacyNoticeVersion: NOTICE_VERSION,
        },
      });
      expect(again).toEqual({ data: { register: true } });
      await smtp.waitFor(1);
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]!.to).toEqual([owner.email]);
      expect(smtp.received[0]!.subject).toMatch(/e-mailadres/);
      // A private message's text is erased once sent.
      await expect
        .poll(
          () =>
            mailing.dataSource.query(
              `SELECT body FROM mail_messages WHERE to_email = $1 AND sent_at IS NOT NULL`,
              [owner.email],
            ),
          { timeout: 10_000 },
        )
        .toEqual([{ body: null }]);
    } finally {
      await mailing.close();
      await smtp.close();
    }
  });
});
