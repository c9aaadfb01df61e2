import { describe, expect, it } from 'vitest';
import { ReleaseContentCache } from './release-content.cache.js';

describe('ReleaseContentCache', () => {
  it('reads a key once, also when many requests miss it at the same moment', async () => {
    const cache = new ReleaseContentCache();
    let loads = 0;
    const load = async () => {
      loads++;
      await new Promise((r) => setTimeout(r, 10));
      return { title: 'Lesson' };
    };
    const results = await Promise.all(Array.from({ length: 40 }, () => cache.one('lesson|r1:m/l', load)));
    expect(results.every((r) => r.title === 'Lesson')).toBe(true);
    await cache.one('lesson|r1:m/l', load);
    expect(loads).toBe(1);
  });

  it('keeps nothing for a key that was not found or failed, so a later read tries again', async () => {
    const cache = new ReleaseContentCache();
    let loads = 0;
    expect(await cache.one('lesson|r1:m/missing', async () => (loads++, null))).toBeNull();
    await expect(cache.one('lesson|r1:m/broken', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.one('lesson|r1:m/missing', async () => (loads++, { title: 'Now there' }))).toEqual({ title: 'Now there' });
    expect(loads).toBe(2);
  });

  it('loads only the missing keys of a batch, in one call', async () => {
    const cache = new ReleaseContentCache();
    const calls: string[][] = [];
    const load = async (missing: string[]) => {
      calls.push(missing);
      return new Map(missing.filter((k) => k !== 'c').map((k) => [k, k.toUpperCase()]));
    };
    expect(await cache.many(['a', 'b'], load)).toEqual(['A', 'B']);
    expect(await cache.many(['a', 'b', 'c', 'd', 'a'], load)).toEqual(['A', 'B', undefined, 'D', 'A']);
    expect(calls).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('stays within its byte budget, dropping the least recently used', async () => {
    const cache = new ReleaseContentCache(100);
    await cache.one('a', async () => 'x'.repeat(60));
    await cache.one('b', async () => 'y'.repeat(60));
    let reloaded = false;
    await cache.one('a', async () => ((reloaded = true), 'x'.repeat(60)));
    expect(reloaded).toBe(true);
  });
});
