import { LRUCache } from 'lru-cache';

/** Rough bytes of a cached value (its JSON length), computed once when it enters the cache. */
const sizeOf = (value: unknown) => Math.max(1, JSON.stringify(value)?.length ?? 1);

/**
 * Imported releases never change (a new version is a new release id), so curriculum content read
 * for one request can serve every later one: a bounded LRU per process, keyed by release id and
 * what was read. Only found rows are kept; concurrent misses for the same key share one query
 * (a workshop of 40 opening the same lesson at the same second costs one read).
 */
export class ReleaseContentCache {
  private readonly lru: LRUCache<string, { value: unknown }>;
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(maxBytes = 64 * 1024 * 1024) {
    this.lru = new LRUCache({ maxSize: maxBytes, sizeCalculation: (entry) => sizeOf(entry.value) });
  }

  /** The cached value of `key`, or what `load` finds (kept unless null/undefined). */
  async one<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.lru.get(key);
    if (hit) return hit.value as T;
    const pending = this.inFlight.get(key);
    if (pending) return pending as Promise<T>;
    const promise = load().then(
      (value) => {
        this.inFlight.delete(key);
        if (value !== null && value !== undefined) this.lru.set(key, { value });
        return value;
      },
      (error: unknown) => {
        this.inFlight.delete(key);
        throw error;
      },
    );
    this.inFlight.set(key, promise);
    return promise;
  }

  /**
   * Values for many keys with one `load` call for the misses (a DataLoader batch stays one SQL
   * statement, and becomes none once the content is cached). `load` returns what it found by key.
   */
  async many<T>(keys: readonly string[], load: (missing: string[]) => Promise<Map<string, T>>): Promise<(T | undefined)[]> {
    const results: (T | undefined | Promise<T | undefined>)[] = [];
    const missing: { key: string; index: number }[] = [];
    keys.forEach((key, index) => {
      const hit = this.lru.get(key);
      if (hit) results[index] = hit.value as T;
      else if (this.inFlight.has(key)) results[index] = this.inFlight.get(key) as Promise<T | undefined>;
      else missing.push({ key, index });
    });
    if (missing.length > 0) {
      const batch = load([...new Set(missing.map((m) => m.key))]);
      for (const { key, index } of missing) {
        const promise =
          (this.inFlight.get(key) as Promise<T | undefined> | undefined) ??
          batch.then(
            (found) => {
              this.inFlight.delete(key);
              const value = found.get(key);
              if (value !== null && value !== undefined) this.lru.set(key, { value });
              return value;
            },
            (error: unknown) => {
              this.inFlight.delete(key);
              throw error;
            },
          );
        this.inFlight.set(key, promise);
        results[index] = promise;
      }
    }
    return Promise.all(results.map((result) => Promise.resolve(result)));
  }
}
