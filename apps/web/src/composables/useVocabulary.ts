import { useI18n } from 'petite-vue-i18n';
import { te } from '../i18n';

export type VocabularyKind =
  | 'productGroup'
  | 'strategy'
  | 'criterionType'
  | 'level'
  | 'callout'
  | 'contentKind'
  | 'translationState';

/** A curriculum id as a display label: a translated name when one exists, else the id made readable. */
export function readableId(id: string): string {
  const spaced = id.replace(/-/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

function displayName(locale: string, type: 'language' | 'region', code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Translated names for the curriculum's vocabularies, countries and languages. */
export function useVocabulary() {
  const { t, locale } = useI18n();

  /** New ids (e.g. a product group added by a city edition) still show, as readable text. */
  const label = (kind: VocabularyKind, id: string): string => {
    const key = `vocab.${kind}.${id}`;
    return te(key) ? t(key) : readableId(id);
  };

  return {
    label,
    country: (code: string) => displayName(locale.value, 'region', code),
    language: (code: string) => displayName(locale.value, 'language', code),
  };
}
