import pg from 'pg';
import { inject } from 'vitest';

/** Gives a user a role directly in the running academy's database (what an admin would do). */
export async function grantRole(
  email: string,
  role: 'host' | 'editor' | 'admin' | 'org-manager',
): Promise<void> {
  const client = new pg.Client(inject('e2eDatabaseUrl'));
  await client.connect();
  try {
    const res = await client.query(
      `UPDATE users SET roles = array_append(roles, $2) WHERE email_key = lower($1)`,
      [email, role],
    );
    if (res.rowCount !== 1) throw new Error(`no user ${email}`);
  } finally {
    await client.end();
  }
}
