import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { bootTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await bootTestApp();
});
afterAll(() => t.close());

const Q = `query($s: JSONObject!) { calculateLcc(scenario: $s) }`;
const lighting = parse(
  readFileSync(
    join(import.meta.dirname, '../../../../curriculum/exercises/lighting-led-retrofit.yaml'),
    'utf8',
  ),
);

describe('calculateLcc', () => {
  it('computes the lighting exercise for anyone, matching the totals the course teaches', async () => {
    const res = await t.client().gql<{
      calculateLcc: { ranking: string[]; offers: { offerId: string; total: number }[] };
    }>(Q, { s: lighting });
    expect(res.errors).toBeUndefined();
    const circular = res.data!.calculateLcc.offers.find((o) => o.offerId === 'circular-led')!;
    expect(circular.total).toBeCloseTo(525854.65, 1);
    expect(res.data!.calculateLcc.ranking[0]).toBe('circular-led');
  });

  it('names every bad field: negative period, discount rate ≤ −100 %, more than 6 offers', async () => {
    const offers = Array.from({ length: 7 }, (_, i) => ({
      id: `o${i}`,
      acquisition: { purchase: 1 },
    }));
    const res = await t
      .client()
      .gql(Q, { s: { currency: 'EUR', periodYears: -1, discountRate: -1, offers } });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (res.errors![0]!.extensions!.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['periodYears', 'discountRate', 'offers']));
  });
});
