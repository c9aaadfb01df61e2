import { inject } from 'vitest';
import { createDatabase } from '../../../test/test-database.js';
import { migrate, openDataSource } from '../../database/data-source.js';
import { migrations } from '../../database/migrations/index.js';
import { hashToken } from '../codes.js';

describe('migrating old invitations to email invitations', () => {
  it('keeps pending links working by email, drops their never-used placeholder accounts, and keeps accepted ones', async () => {
    const db = await createDatabase(inject('serverUrl'), 'academy_invitations');
    const ds = await openDataSource(db.url);
    try {
      await migrate(ds);
      // Back to the invitations that pointed at accounts: undo down to EmailInvitations.
      const since = migrations.findIndex((m) => m.name === 'EmailInvitations1796502117954');
      expect(since).toBeGreaterThan(0);
      for (let i = since; i < migrations.length; i++) await ds.undoLastMigration();
      const [owner] = await ds.query(
        `INSERT INTO users (email, email_key, display_name, password_hash, roles) VALUES ('h@x.test', 'h@x.test', 'Host', 'x', '{host}') RETURNING id`,
      );
      const [release] = await ds.query(
        `INSERT INTO curriculum_releases (curriculum_id, version, content_hash, source_locale, locales, manifest, glossary, exercises, translation_status)
         VALUES ('c', '1.0.0', 'h', 'en', '{en}', '{}', '{}', '{}', '{}') RETURNING id`,
      );
      const [cohort] = await ds.query(
        `INSERT INTO cohorts (name, course_slug, release_id, locale, starts_on, ends_on, time_zone, join_code, owner_id)
         VALUES ('C', 'basics', $1, 'nl', '2030-01-01', '2030-02-01', 'UTC', 'ABCDEFGHJK', $2) RETURNING id`,
        [release.id, owner.id],
      );
      const user = async (email: string, password: string) =>
        (
          await ds.query(
            `INSERT INTO users (email, email_key, display_name, preferred_locale, password_hash) VALUES ($1, lower($1), $1, 'nl', $2) RETURNING id`,
            [email, password],
          )
        )[0].id as string;
      const placeholder = await user('Pending@X.test', '!invited:abc');
      const accepted = await user('done@x.test', 'argon2-hash');
      for (const [id, token, acceptedAt] of [
        [placeholder, 'pending-token', null],
        [accepted, 'used-token', new Date()],
      ] as const) {
        await ds.query(
          `INSERT INTO cohort_members (cohort_id, user_id, organisation, calendar_token) VALUES ($1, $2, 'Org', $3)`,
          [cohort.id, id, `cal-${token}`],
        );
        await ds.query(
          `INSERT INTO cohort_invitations (cohort_id, user_id, token_hash, new_account, expires_at, accepted_at) VALUES ($1, $2, $3, true, now() + interval '1 day', $4)`,
          [cohort.id, id, hashToken(token), acceptedAt],
        );
      }

      await migrate(ds);
      const rows = await ds.query(
        `SELECT token_hash, email, email_key, display_name, organisation, locale, user_id, accepted_at IS NOT NULL AS accepted FROM cohort_invitations ORDER BY email_key`,
      );
      expect(rows).toEqual([
        {
          token_hash: hashToken('used-token'),
          email: 'done@x.test',
          email_key: 'done@x.test',
          display_name: 'done@x.test',
          organisation: 'Org',
          locale: 'nl',
          user_id: accepted,
          accepted: true,
        },
        {
          token_hash: hashToken('pending-token'),
          email: 'Pending@X.test',
          email_key: 'pending@x.test',
          display_name: 'Pending@X.test',
          organisation: 'Org',
          locale: 'nl',
          user_id: null,
          accepted: false,
        },
      ]);
      expect(await ds.query(`SELECT 1 FROM users WHERE id = $1`, [placeholder])).toHaveLength(0);
      expect(
        (await ds.query(`SELECT user_id FROM cohort_members`)).map(
          (m: { user_id: string }) => m.user_id,
        ),
      ).toEqual([accepted]);

      for (let i = since; i < migrations.length; i++) await ds.undoLastMigration();
      expect(await ds.query(`SELECT user_id, new_account FROM cohort_invitations`)).toEqual([
        { user_id: accepted, new_account: false },
      ]);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});
