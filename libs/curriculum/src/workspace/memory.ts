import { distance } from 'fastest-levenshtein';

export interface MemoryEntry {
  source: string;
  target: string;
  /** Where the pair comes from (a file path), shown next to the suggestion. */
  origin: string;
}

export interface Suggestion extends MemoryEntry {
  /** 0–100: 100 is the same source text. */
  score: number;
}

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Translation memory over translated segments of one locale: fuzzy matches by edit distance
 * (fastest-levenshtein). An index of words keeps the candidates few, so a lesson's segments are
 * matched against thousands of entries without comparing every pair.
 */
export class TranslationMemory {
  private readonly entries: MemoryEntry[] = [];
  private readonly byWord = new Map<string, number[]>();
  private readonly exact = new Map<string, number>();

  constructor(entries: Iterable<MemoryEntry> = []) {
    for (const e of entries) this.add(e);
  }

  get size(): number {
    return this.entries.length;
  }

  add(entry: MemoryEntry): void {
    if (!entry.source.trim() || !entry.target.trim() || this.exact.has(`${entry.source}\u0000${entry.target}`)) return;
    const i = this.entries.push(entry) - 1;
    this.exact.set(`${entry.source}\u0000${entry.target}`, i);
    for (const w of new Set(words(entry.source))) {
      const list = this.byWord.get(w);
      if (list) list.push(i);
      else this.byWord.set(w, [i]);
    }
  }

  /** The best matches at or above `minScore`, best first; candidates share the query's rarest words. */
  suggest(text: string, options: { limit?: number; minScore?: number; exclude?: (e: MemoryEntry) => boolean } = {}): Suggestion[] {
    const { limit = 3, minScore = 60, exclude } = options;
    const query = [...new Set(words(text))];
    if (!query.length) return [];
    // Rare words find similar texts; common ones ("the", "of") would make every entry a candidate.
    const rare = query.map((w) => this.byWord.get(w) ?? []).sort((a, b) => a.length - b.length).slice(0, Math.max(3, Math.ceil(query.length / 3)));
    const hits = new Map<number, number>();
    for (const list of rare) for (const i of list) hits.set(i, (hits.get(i) ?? 0) + 1);
    const out: Suggestion[] = [];
    for (const i of hits.keys()) {
      const e = this.entries[i]!;
      const longer = Math.max(e.source.length, text.length);
      // The edit distance is at least the length difference: skip what cannot reach minScore.
      if ((1 - Math.abs(e.source.length - text.length) / longer) * 100 < minScore || exclude?.(e)) continue;
      const score = Math.round((1 - distance(e.source, text) / longer) * 100);
      if (score >= minScore) out.push({ ...e, score });
    }
    out.sort((a, b) => b.score - a.score || a.origin.localeCompare(b.origin));
    const seen = new Set<string>();
    return out.filter((s) => !seen.has(s.target) && seen.add(s.target)).slice(0, limit);
  }
}
