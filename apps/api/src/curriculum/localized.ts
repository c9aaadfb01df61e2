import { resolveLocaleChain } from '@academy/curriculum';
import type { LocalizedTexts } from './release-content.entities.js';

export interface ReleaseLocales {
  sourceLocale: string;
  locales: string[];
  fallbacks: Record<string, string[]>;
}

export interface TextInfo {
  requestedLocale: string;
  shownLocale: string;
  /** The text is shown in another language than requested (missing translation). */
  fellBack: boolean;
  /** The translation exists but its source changed since it was confirmed. */
  outdated: boolean;
  /** The shown translation has not been reviewed by a native-speaking expert. */
  unreviewed: boolean;
}

/**
 * Picks the text for a requested locale along the fallback chain (e.g. nl-BE → nl → en) and says
 * whether what is shown is a fallback, so the interface can tell the learner.
 */
export function pickText<T>(texts: LocalizedTexts, locale: string, release: ReleaseLocales): { text: T; info: TextInfo } {
  const chain = resolveLocaleChain(locale, { sourceLocale: release.sourceLocale, locales: release.locales, fallbacks: release.fallbacks });
  for (const candidate of [...chain, release.sourceLocale]) {
    const entry = texts[candidate] as (T & { shownLocale?: string; fellBack?: boolean; outdated?: boolean; unreviewed?: boolean }) | undefined;
    if (!entry) continue;
    const shownLocale = entry.shownLocale ?? candidate;
    return {
      text: entry,
      info: { requestedLocale: locale, shownLocale, fellBack: shownLocale !== locale, outdated: entry.outdated ?? false,
        unreviewed: entry.unreviewed ?? false,
      },
    };
  }
  throw new Error('text missing in the source locale');
}

/** The offered locale whose texts serve a request for `locale` (e.g. nl-BE → nl; unknown → source). */
export function offeredLocaleFor(locale: string, release: ReleaseLocales): string {
  const chain = resolveLocaleChain(locale, { sourceLocale: release.sourceLocale, locales: release.locales, fallbacks: release.fallbacks });
  return chain.find((l) => release.locales.includes(l)) ?? release.sourceLocale;
}
