import { announcementParts, crossedThreshold, formatCountdown } from './countdown';

describe('countdown', () => {
  it.each([
    [0, '0:00'],
    [-5000, '0:00'],
    [999, '0:01'],
    [61_000, '1:01'],
    [10 * 60_000, '10:00'],
    [3_723_000, '1:02:03'],
  ])('formats %d ms as %s', (ms, text) => {
    expect(formatCountdown(ms)).toBe(text);
  });

  it('announces at a threshold once, and not on the seconds between', () => {
    expect(crossedThreshold(300_500, 299_500)).toBe(300);
    expect(crossedThreshold(299_500, 298_500)).toBeNull();
    expect(crossedThreshold(45_000, 44_000)).toBeNull();
    expect(crossedThreshold(31_000, 30_000)).toBe(30);
  });

  it('announces the smallest threshold when a throttled tab skipped several', () => {
    expect(crossedThreshold(11 * 60_000, 4 * 60_000)).toBe(300);
  });

  it('says minutes from one minute up, seconds below', () => {
    expect(announcementParts(300)).toEqual({ unit: 'minutes', count: 5 });
    expect(announcementParts(60)).toEqual({ unit: 'minutes', count: 1 });
    expect(announcementParts(30)).toEqual({ unit: 'seconds', count: 30 });
  });
});
