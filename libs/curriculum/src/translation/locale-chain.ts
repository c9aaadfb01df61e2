import { isReviewed } from './review.js';
import type { Localized, LoadedFile } from '../loader/model.js';

export interface LocaleManifest {
  sourceLocale: string;
  locales: readonly string[];
  fallbacks?: Readonly<Record<string, readonly string[]>>;
}

/**
 * The locales to try, best first: the locale, its configured fallbacks (recursively), its base language
 * when offered (nl-BE → nl), and always the source locale last. `resolveLocaleChain('nl-BE', m)` → ['nl-BE','nl','en'].
 */
export function resolveLocaleChain(locale: string, manifest: LocaleManifest): string[] {
  const chain: string[] = [];
  const visit = (l: string) => {
    if (chain.includes(l)) return;
    chain.push(l);
    for (const f of manifest.fallbacks?.[l] ?? []) visit(f);
    const base = l.split('-')[0];
    if (base && base !== l && manifest.locales.includes(base)) visit(base);
  };
  visit(locale);
  if (!chain.includes(manifest.sourceLocale)) chain.push(manifest.sourceLocale);
  return chain;
}

export interface Resolved<T> {
  value: T;
  /** The locale whose text is shown. */
  shownLocale: string;
  /** The requested locale, when the text fell back to another one. */
  fellBackFrom?: string;
  /** Shown text is a translation whose source changed since it was confirmed. */
  outdated: boolean;
  /** Shown text is a translation without a current expert review. */
  unreviewed: boolean;
}

/** Picks the best available text for `locale` along the fallback chain and says whether (and from where) it fell back. */
export function resolveLocalized<T extends { sourceHash?: string; reviewedHash?: string }>(
  texts: Localized<T>,
  locale: string,
  manifest: LocaleManifest,
): Resolved<LoadedFile<T>> | undefined {
  const source = texts.get(manifest.sourceLocale);
  for (const l of resolveLocaleChain(locale, manifest)) {
    const file = texts.get(l);
    if (!file) continue;
    const outdated = l !== manifest.sourceLocale && source !== undefined && file.data.sourceHash !== source.file.hash;
    const unreviewed = l !== manifest.sourceLocale && !isReviewed(file);
    return { value: file, shownLocale: l, fellBackFrom: l === locale ? undefined : locale, outdated, unreviewed };
  }
  return undefined;
}
