import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/config.js';
import { privacyNotice } from '../src/config/privacy-notice.js';
import type { TestClient } from './test-app.js';

export const uniqueEmail = (tag = 'user') =>
  `${tag}-${randomBytes(6).toString('hex')}@example.test`;
/** Meets the password policy: 15+ characters, not common, no personal words. */
export const PASSWORD = 'correct horse battery';

export interface RegisteredUser {
  id: string;
  email: string;
}

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { id email } }`;

/** The notice version of a test app booted without privacy settings, for raw register calls. */
export const NOTICE_VERSION = privacyNotice(loadConfig({}).privacy).version;

/** The current privacy notice's version, which a registration must accept. */
export async function noticeVersion(client: TestClient): Promise<string> {
  const res = await client.gql<{ privacyNotice: { version: string } }>(
    `{ privacyNotice { version } }`,
  );
  if (!res.data) throw new Error(`privacyNotice failed: ${JSON.stringify(res.errors)}`);
  return res.data.privacyNotice.version;
}

/** Registers a user and signs the client in as them (registering alone opens no session). */
export async function registerUser(
  client: TestClient,
  overrides: Partial<{
    email: string;
    password: string;
    displayName: string;
    preferredLocale: string;
  }> = {},
): Promise<RegisteredUser> {
  const input = {
    email: uniqueEmail(),
    password: PASSWORD,
    displayName: 'Test Learner',
    ...overrides,
  };
  const privacyNoticeVersion = await noticeVersion(client);
  const res = await client.gql<{ register: boolean }>(REGISTER, {
    input: { ...input, privacyNoticeVersion },
  });
  if (!res.data?.register) throw new Error(`register failed: ${JSON.stringify(res.errors)}`);
  const login = await client.gql<{ login: RegisteredUser }>(LOGIN, {
    input: { email: input.email, password: input.password },
  });
  if (!login.data?.login)
    throw new Error(`sign-in after register failed: ${JSON.stringify(login.errors)}`);
  return login.data.login;
}

export async function grantRoleInDb(
  dataSource: DataSource,
  userId: string,
  role: 'host' | 'editor' | 'admin' | 'org-manager',
) {
  await dataSource.query(`UPDATE users SET roles = array_append(roles, $2) WHERE id = $1`, [
    userId,
    role,
  ]);
}
