import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { TestClient } from './test-app.js';

export const uniqueEmail = (tag = 'user') => `${tag}-${randomBytes(6).toString('hex')}@example.test`;
export const PASSWORD = 'correct horse battery';

export interface RegisteredUser {
  id: string;
  email: string;
}

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { id email } }`;

/** Registers (and thereby signs in) a user with the client. */
export async function registerUser(
  client: TestClient,
  overrides: Partial<{ email: string; password: string; displayName: string; preferredLocale: string }> = {},
): Promise<RegisteredUser> {
  const input = { email: uniqueEmail(), password: PASSWORD, displayName: 'Test Learner', ...overrides };
  const res = await client.gql<{ register: RegisteredUser }>(REGISTER, { input });
  if (!res.data?.register) throw new Error(`register failed: ${JSON.stringify(res.errors)}`);
  return res.data.register;
}

export async function grantRoleInDb(dataSource: DataSource, userId: string, role: 'host' | 'editor' | 'admin') {
  await dataSource.query(`UPDATE users SET roles = array_append(roles, $2) WHERE id = $1`, [userId, role]);
}
