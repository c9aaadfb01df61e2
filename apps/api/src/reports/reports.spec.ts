import { randomBytes, randomUUID } from 'node:crypto';
import { grantRoleInDb, registerUser } from '../../test/factories.js';
import { curriculumCopy } from '../../test/curriculum-fixture.js';
import { enrol } from '../../test/learning-helpers.js';
import { bootTestApp, type TestApp, type TestClient } from '../../test/test-app.js';
import { importCurriculumFolder } from '../curriculum/import-bundled.js';

const UPDATE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { shareTrainingRecord trainingRecordSharedAt } }`;
const VERIFY = `mutation($input: MemberVerificationInput!) { setMemberVerified(input: $input) { userId } }`;
const REPORT = `{ organisationTrainingReport {
  organisation { name } notIncluded
  people { userId email sharedAt enrolments { courseSlug locale completedAt lessonsCompleted }
           certificates { id courseSlug issuedAt } }
  certifiedPerYear { year certificates people } } }`;
const FIGURES = `{ partnershipFigures { organisations
  countries { country organisations learners }
  courses { courseSlug locale enrolments completions }
  workshops { sessionsHeld attendances attendees liveParticipants } } }`;
const DONE = `mutation($input: LessonRefInput!) { markLessonDone(input: $input) { lastLesson } }`;

interface Report {
  organisation: { name: string } | null;
  notIncluded: number;
  people: {
    userId: string;
    email: string;
    sharedAt: string | null;
    enrolments: {
      courseSlug: string;
      locale: string;
      completedAt: string | null;
      lessonsCompleted: number;
    }[];
    certificates: { id: string; issuedAt: string }[];
  }[];
  certifiedPerYear: { year: number; certificates: number; people: number }[];
}

let t: TestApp;
let releaseId: string;
const fixture = curriculumCopy();
beforeAll(async () => {
  t = await bootTestApp({ CURRICULUM_DIR: fixture.root });
  releaseId = (await importCurriculumFolder(t.dataSource, fixture.root))[0]!.releaseId;
}, 60_000);
afterAll(() => t.close());

async function person(organisation: string, country = 'NL', share = true) {
  const client = t.client();
  const user = await registerUser(client);
  const res = await client.gql<{ updateProfile: { shareTrainingRecord: boolean } }>(UPDATE, {
    input: {
      organisation: { name: organisation, country, kind: 'city' },
      shareTrainingRecord: share,
    },
  });
  expect(res.data?.updateProfile.shareTrainingRecord).toBe(share);
  return { client, ...user };
}

/** A completed enrolment with a certificate issued at `issuedAt` (set up in the tables directly). */
async function certified(client: TestClient, userId: string, issuedAt: string) {
  const enrolmentId = await enrol(client, releaseId);
  await client.gql(DONE, { input: { enrolmentId, module: 'intro', lesson: 'first' } });
  await t.dataSource.query(`UPDATE enrolments SET completed_at = $2 WHERE id = $1`, [
    enrolmentId,
    issuedAt,
  ]);
  const id = randomUUID();
  await t.dataSource.query(
    `INSERT INTO certificates (id, user_id, enrolment_id, course_slug, course_title, release_id,
       curriculum_version, content_hash, recipient_name, locale, issued_at, jwt, kid)
     VALUES ($1, $2, $3, 'basics', 'Basics', $4, 'v1', 'hash', 'Test Learner', 'en', $5, 'jwt', 'kid')`,
    [id, userId, enrolmentId, releaseId, issuedAt],
  );
  return id;
}

describe('organisation training report', () => {
  it('shows a manager only their own organisation’s verified members who agreed', async () => {
    const tag = randomBytes(3).toString('hex');
    const org = `Gemeente Report ${tag}`;
    const boss = await person(org);
    await grantRoleInDb(t.dataSource, boss.id, 'org-manager');
    const sharing = await person(org);
    const declining = await person(org, 'NL', false);
    await person(org); // agreed, but nobody verified them
    const outsider = await person(`Stad Elders ${tag}`);
    for (const p of [sharing, declining])
      expect(
        (await boss.client.gql(VERIFY, { input: { userId: p.id, verified: true } })).errors,
      ).toBeUndefined();
    const certificateId = await certified(sharing.client, sharing.id, '2025-03-04T10:00:00Z');
    await certified(declining.client, declining.id, '2025-05-01T10:00:00Z');
    await certified(outsider.client, outsider.id, '2025-05-01T10:00:00Z');

    const res = await boss.client.gql<{ organisationTrainingReport: Report }>(REPORT);
    const report = res.data!.organisationTrainingReport;
    expect(report.organisation?.name).toBe(org);
    // The boss is verified by nobody; the declining and the unverified are left out too.
    expect(report.notIncluded).toBe(3);
    expect(report.people.map((p) => p.userId)).toEqual([sharing.id]);
    const [record] = report.people;
    expect(record!.sharedAt).not.toBeNull();
    expect(record!.enrolments).toEqual([
      {
        courseSlug: 'basics',
        locale: 'en',
        completedAt: '2025-03-04T10:00:00.000Z',
        lessonsCompleted: 1,
      },
    ]);
    expect(record!.certificates.map((c) => c.id)).toEqual([certificateId]);
    expect(report.certifiedPerYear).toEqual([{ year: 2025, certificates: 1, people: 1 }]);

    // Withdrawing the agreement removes the person at once.
    await sharing.client.gql(UPDATE, { input: { shareTrainingRecord: false } });
    const after = await boss.client.gql<{ organisationTrainingReport: Report }>(REPORT);
    expect(after.data!.organisationTrainingReport.people).toEqual([]);
  });

  it('exports the report as CSV for managers and refuses learners and hosts', async () => {
    const tag = randomBytes(3).toString('hex');
    const org = `Agency CSV ${tag}`;
    const boss = await person(org);
    await grantRoleInDb(t.dataSource, boss.id, 'org-manager');
    const member = await person(org);
    await boss.client.gql(VERIFY, { input: { userId: member.id, verified: true } });
    const certificateId = await certified(member.client, member.id, '2026-01-02T09:00:00Z');
    const host = await person(org);
    await grantRoleInDb(t.dataSource, host.id, 'host');

    const csv = await boss.client.agent.get('/organisation/training-report.csv?separator=comma');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'name,email,course,language,enrolled,completed,lessons completed,certificate issued,certificate id',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(member.email);
    expect(lines[1]).toContain(`,2026-01-02,1,2026-01-02,${certificateId}`);
    expect(csv.text).not.toContain(boss.email);

    for (const c of [member.client, host.client]) {
      expect((await c.agent.get('/organisation/training-report.csv')).status).toBe(403);
      expect((await c.gql(REPORT)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await t.client().agent.get('/organisation/training-report.csv')).status).toBe(401);
  });

  it('starts a new organisation without the agreement', async () => {
    const tag = randomBytes(3).toString('hex');
    const p = await person(`First ${tag}`);
    const moved = await p.client.gql<{ updateProfile: { shareTrainingRecord: boolean } }>(UPDATE, {
      input: { organisation: { name: `Second ${tag}`, country: 'BE', kind: 'city' } },
    });
    expect(moved.data?.updateProfile.shareTrainingRecord).toBe(false);
  });
});

describe('partnership figures', () => {
  it('counts organisations, countries, completions and attendance for admins only', async () => {
    const admin = t.client();
    const adminUser = await registerUser(admin);
    await grantRoleInDb(t.dataSource, adminUser.id, 'admin');
    type Figures = {
      partnershipFigures: {
        organisations: number;
        countries: { country: string; organisations: number; learners: number }[];
        courses: { courseSlug: string; locale: string; enrolments: number; completions: number }[];
      };
    };
    const basics = (f: Figures) =>
      f.partnershipFigures.courses.find((c) => c.courseSlug === 'basics' && c.locale === 'en') ?? {
        enrolments: 0,
        completions: 0,
      };
    const before = (await admin.gql<Figures>(FIGURES)).data!;

    const tag = randomBytes(3).toString('hex');
    const a = await person(`QM One ${tag}`, 'QM');
    const b = await person(`QM Two ${tag}`, 'QM');
    await person(`QM Idle ${tag}`, 'QM'); // not enrolled: not reached
    await certified(a.client, a.id, '2026-02-01T00:00:00Z');
    await enrol(b.client, releaseId);

    const after = (await admin.gql<Figures>(FIGURES)).data!;
    expect(after.partnershipFigures.countries.find((c) => c.country === 'QM')).toEqual({
      country: 'QM',
      organisations: 2,
      learners: 2,
    });
    expect(after.partnershipFigures.organisations).toBeGreaterThanOrEqual(
      before.partnershipFigures.organisations + 2,
    );
    expect(basics(after).enrolments).toBeGreaterThanOrEqual(basics(before).enrolments + 2);
    expect(basics(after).completions).toBeGreaterThanOrEqual(basics(before).completions + 1);

    const host = t.client();
    const hostUser = await registerUser(host);
    await grantRoleInDb(t.dataSource, hostUser.id, 'host');
    await grantRoleInDb(t.dataSource, a.id, 'org-manager');
    for (const c of [host, a.client, b.client])
      expect((await c.gql(FIGURES)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
