import { readFileSync } from 'node:fs';
import { stripJwtClaims } from '@academy/credentials';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { decodeJwt } from 'jose';
import { registerUser } from '../../test/factories.js';
import { curriculumCopy } from '../../test/curriculum-fixture.js';
import { completeFixtureCourse } from '../../test/learning-helpers.js';
import { bootTestApp, type TestApp } from '../../test/test-app.js';
import { importCurriculumFolder } from '../curriculum/import-bundled.js';

// The credentials a learner actually receives, checked against the published schemas that
// libs/credentials/test/schema holds (sources in its NOTICE.md).
const ACADEMY = 'https://academy.example.test';
const schemaFile = (name: string) =>
  JSON.parse(
    readFileSync(
      new URL(`../../../../libs/credentials/test/schema/${name}`, import.meta.url),
      'utf8',
    ),
  ) as Record<string, unknown>;
const errorsOf = (check: ((data: unknown) => boolean) & { errors?: unknown }, data: unknown) =>
  check(data) ? [] : (check.errors as { instancePath: string; message?: string }[]);

const ob3 = new Ajv2019({ allErrors: true, strict: true, strictTuples: false });
addFormats.default(ob3);
const checkOb3 = ob3.compile(schemaFile('ob_v3p0_achievementcredential_schema.json'));
const edc = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(edc);
const checkEdc = edc.compile(schemaFile('edc_vcdm2.0_europass_edc_schema.json'));

type Lang = Record<string, string>;
/** The parts of the ELM document the test reads. */
interface ElmDocument {
  id: string;
  issuer: { location: { address: { countryCode: { id: string } }[] }[] };
  credentialSubject: {
    hasClaim: {
      provenBy: { title: Lang }[];
      specifiedBy: { volumeOfLearning: string; learningOutcome: { title: Lang }[] };
    }[];
  };
  displayParameter: {
    individualDisplay: { displayDetail: { image: { content: string } }[] }[];
  };
}

let t: TestApp;
const fixture = curriculumCopy();
let releaseId: string;
let certificateId: string;

beforeAll(async () => {
  t = await bootTestApp({
    PUBLIC_URL: ACADEMY,
    CURRICULUM_DIR: fixture.root,
    ISSUER_COUNTRY: 'BEL',
    TRUST_PROXY: 'loopback',
  });
  const [core] = await importCurriculumFolder(t.dataSource, fixture.root);
  releaseId = core!.releaseId;
  const learner = t.client();
  await registerUser(learner, { preferredLocale: 'nl' });
  const enrolmentId = await completeFixtureCourse(learner, t.dataSource, releaseId);
  const deadline = Date.now() + 20_000;
  for (;;) {
    const [row] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM certificates WHERE enrolment_id = $1`,
      [enrolmentId],
    );
    if (row) {
      certificateId = row.id;
      break;
    }
    if (Date.now() > deadline) throw new Error('no certificate was issued');
    await new Promise((r) => setTimeout(r, 200));
  }
}, 60_000);

/**
 * A download from an address of its own: certificates.spec.ts exhausts the per-address
 * verification limit (shared through the database) for 127.0.0.1 while this file may run.
 */
const get = (path: string) =>
  t
    .client()
    .agent.get(path)
    .set('x-forwarded-for', `198.51.100.${Math.floor(Math.random() * 250) + 1}`);

afterAll(async () => {
  fixture.cleanup();
  await t?.close();
});

describe('the credentials of an issued certificate', () => {
  it('the Open Badges 3.0 credential conforms to 1EdTech’s schema', async () => {
    const res = await get(`/certificates/${certificateId}/credential.jwt`);
    expect(res.status).toBe(200);
    const credential = stripJwtClaims(decodeJwt(res.text));
    expect(errorsOf(checkOb3, credential)).toEqual([]);
    expect(errorsOf(checkOb3, { ...credential, validFrom: 'yesterday' })).not.toEqual([]);
  });

  it('the European Digital Credential conforms to the Europass EDC schema, with outcomes, workload and assessment from the curriculum', async () => {
    const res = await get(`/certificates/${certificateId}/credential.elm.json`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/ld\+json/);
    const credential = JSON.parse(res.text) as ElmDocument;
    expect(errorsOf(checkEdc, credential)).toEqual([]);

    const [certificate] = await t.dataSource.query<{ locale: string }[]>(
      `SELECT locale FROM certificates WHERE id = $1`,
      [certificateId],
    );
    const lang = certificate!.locale.split('-')[0]!;
    const lessons = await t.dataSource.query<{ minutes: number; objectives: string[] | null }[]>(
      `SELECT l.minutes, coalesce(l.texts->$2->'objectives', l.texts->'en'->'objectives') AS objectives
         FROM release_lessons l WHERE l.release_id = $1`,
      [releaseId, lang],
    );
    const minutes = lessons.reduce((sum, l) => sum + l.minutes, 0);
    const achievement = credential.credentialSubject.hasClaim[0]!;
    const spec = achievement.specifiedBy;
    expect(spec.volumeOfLearning).toBe(
      `PT${Math.floor(minutes / 60) ? `${Math.floor(minutes / 60)}H` : ''}${minutes % 60 ? `${minutes % 60}M` : ''}`,
    );
    const outcomes = spec.learningOutcome.map((o) => o.title[lang]);
    expect(outcomes.sort()).toEqual(
      [...new Set(lessons.flatMap((l) => l.objectives ?? []))].sort(),
    );
    expect(achievement.provenBy[0]!.title[lang]).toBeTruthy();
    expect(credential.issuer.location[0]!.address[0]!.countryCode.id).toBe(
      'http://publications.europa.eu/resource/authority/country/BEL',
    );
    expect(credential.id).toBe(`urn:uuid:${certificateId}`);
    const image = credential.displayParameter.individualDisplay[0]!.displayDetail[0]!.image;
    expect(Buffer.from(image.content, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('is not offered for a revoked or unknown certificate', async () => {
    const unknown = await get(
      '/certificates/00000000-0000-4000-8000-000000000000/credential.elm.json',
    );
    expect(unknown.status).toBe(404);
    await t.dataSource.query(
      `UPDATE certificates SET revoked_at = now(), revoked_reason = 'test' WHERE id = $1`,
      [certificateId],
    );
    const revoked = await get(`/certificates/${certificateId}/credential.elm.json`);
    expect(revoked.status).toBe(410);
  });
});
