import { randomBytes } from 'node:crypto';
import { grantRoleInDb, registerUser } from '../../test/factories.js';
import { bootTestApp, type TestApp } from '../../test/test-app.js';

const UPDATE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { organisationVerified organisation { id } } }`;
const MEMBERS = `{ organisationMembers { organisation { name } total items { userId email verification } } }`;
const VERIFY = `mutation($input: MemberVerificationInput!) { setMemberVerified(input: $input) { userId verification } }`;
const DOMAINS = `mutation($input: OrganisationDomainsInput!) { setOrganisationDomains(input: $input) { emailDomains } }`;

let t: TestApp;
beforeAll(async () => {
  t = await bootTestApp();
});
afterAll(() => t.close());

/** A person at an address of `domain` who gives `organisation` as theirs. */
async function memberOf(organisation: string, domain: string) {
  const client = t.client();
  const tag = randomBytes(3).toString('hex');
  const user = await registerUser(client, { email: `staff-${tag}@${domain}` });
  const res = await client.gql<{
    updateProfile: { organisationVerified: boolean; organisation: { id: string } };
  }>(UPDATE, { input: { organisation: { name: organisation, country: 'NL', kind: 'city' } } });
  return { client, ...user, ...res.data!.updateProfile };
}

async function manager(organisation: string, domain: string) {
  const m = await memberOf(organisation, domain);
  await grantRoleInDb(t.dataSource, m.id, 'org-manager');
  return m;
}

describe('organisations', () => {
  it('lets only org managers list members, and only those of their own organisation', async () => {
    const tag = randomBytes(3).toString('hex');
    const utrecht = `Gemeente Utrecht ${tag}`;
    const gent = `Stad Gent ${tag}`;
    const boss = await manager(utrecht, 'example.test');
    const colleague = await memberOf(utrecht, 'example.test');
    const stranger = await memberOf(gent, 'example.test');

    expect((await colleague.client.gql(MEMBERS)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const res = await boss.client.gql<{
      organisationMembers: { organisation: { name: string }; items: { userId: string }[] };
    }>(MEMBERS);
    expect(res.data!.organisationMembers.organisation.name).toBe(utrecht);
    const ids = res.data!.organisationMembers.items.map((i) => i.userId).sort();
    expect(ids).toEqual([boss.id, colleague.id].sort());
    expect(ids).not.toContain(stranger.id);

    // Verifying someone of another organisation is "not found", and changes nothing.
    const refused = await boss.client.gql(VERIFY, {
      input: { userId: stranger.id, verified: true },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const [row] = await t.dataSource.query(
      `SELECT organisation_verification AS v FROM users WHERE id = $1`,
      [stranger.id],
    );
    expect(row.v).toBeNull();

    const ok = await boss.client.gql<{ setMemberVerified: { verification: string } }>(VERIFY, {
      input: { userId: colleague.id, verified: true },
    });
    expect(ok.data?.setMemberVerified.verification).toBe('manager');
    const me = await colleague.client.gql<{ me: { organisationVerified: boolean } }>(
      `{ me { organisationVerified } }`,
    );
    expect(me.data?.me.organisationVerified).toBe(true);
  });

  it('verifies by the email-domain rule an admin sets, at once and for new members', async () => {
    const tag = randomBytes(3).toString('hex');
    const domain = `city-${tag}.example.test`;
    const name = `City of Domains ${tag}`;
    const early = await memberOf(name, domain);
    const other = await memberOf(name, 'elsewhere.example.test');
    expect(early.organisationVerified).toBe(false);

    const adminClient = t.client();
    await registerUser(adminClient).then((u) => grantRoleInDb(t.dataSource, u.id, 'admin'));
    const learnerTry = await other.client.gql(DOMAINS, {
      input: { organisationId: early.organisation.id, domains: [domain] },
    });
    expect(learnerTry.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const set = await adminClient.gql<{ setOrganisationDomains: { emailDomains: string[] } }>(
      DOMAINS,
      { input: { organisationId: early.organisation.id, domains: [`@${domain.toUpperCase()}`] } },
    );
    expect(set.data?.setOrganisationDomains.emailDomains).toEqual([domain]);

    const verification = async (id: string) =>
      (
        await t.dataSource.query(`SELECT organisation_verification AS v FROM users WHERE id = $1`, [
          id,
        ])
      )[0].v;
    expect(await verification(early.id)).toBe('domain');
    expect(await verification(other.id)).toBeNull();
    const late = await memberOf(name, `team.${domain}`);
    expect(late.organisationVerified).toBe(true);

    // Moving to another organisation starts unverified.
    const moved = await late.client.gql<{ updateProfile: { organisationVerified: boolean } }>(
      UPDATE,
      { input: { organisation: { name: `Elsewhere ${tag}`, country: 'BE', kind: 'city' } } },
    );
    expect(moved.data?.updateProfile.organisationVerified).toBe(false);
  });
});
