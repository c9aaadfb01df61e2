// Controlled vocabularies the European Learning Model uses, as ELM concepts: the EU Publications
// Office authority tables (languages, countries, file types) and the Europass (snb) vocabularies.

type Concept = {
  id: string;
  type: 'Concept';
  inScheme: { id: string; type: 'ConceptScheme' };
  prefLabel?: Record<string, string>;
  notation?: string;
};

const AUTHORITY = 'http://publications.europa.eu/resource/authority';

/** ISO 639-1 → the EU language authority table (3 letters), for the languages Europe issues in. */
const LANGUAGES: Record<string, string> = {
  bg: 'BUL',
  cs: 'CES',
  da: 'DAN',
  de: 'DEU',
  el: 'ELL',
  en: 'ENG',
  es: 'SPA',
  et: 'EST',
  fi: 'FIN',
  fr: 'FRA',
  ga: 'GLE',
  hr: 'HRV',
  hu: 'HUN',
  is: 'ISL',
  it: 'ITA',
  lt: 'LIT',
  lv: 'LAV',
  mt: 'MLT',
  nb: 'NOB',
  nl: 'NLD',
  nn: 'NNO',
  no: 'NOR',
  pl: 'POL',
  pt: 'POR',
  ro: 'RON',
  sk: 'SLK',
  sl: 'SLV',
  sv: 'SWE',
};

/** The two-letter key ELM language maps use, from a BCP 47 tag (`nl-BE` → `nl`). */
export function languageKey(locale: string): string {
  const key = locale.toLowerCase().split('-')[0] ?? '';
  if (!LANGUAGES[key]) throw new Error(`No EU language code is known for ${locale}.`);
  return key;
}

export const languageConcept = (key: string): Concept => ({
  id: `${AUTHORITY}/language/${LANGUAGES[key]}`,
  type: 'Concept',
  inScheme: { id: `${AUTHORITY}/language`, type: 'ConceptScheme' },
  notation: 'language',
});

/** A country of the EU country authority table by its three-letter code, e.g. BEL. */
export const countryConcept = (code: string): Concept => ({
  id: `${AUTHORITY}/country/${code}`,
  type: 'Concept',
  inScheme: { id: `${AUTHORITY}/country`, type: 'ConceptScheme' },
  notation: 'country',
});

export const fileTypeConcept = (type: 'PDF' | 'JPEG' | 'PNG'): Concept => ({
  id: `${AUTHORITY}/file-type/${type}`,
  type: 'Concept',
  inScheme: { id: `${AUTHORITY}/file-type`, type: 'ConceptScheme' },
  notation: 'file-type',
});

export const BASE64_ENCODING: Concept = {
  id: 'http://data.europa.eu/snb/encoding/6146cde7dd',
  type: 'Concept',
  inScheme: { id: 'http://data.europa.eu/snb/encoding/25831c2', type: 'ConceptScheme' },
  prefLabel: { en: 'base64' },
};

/** The "Generic" credential profile of the Europass credential types. */
export const GENERIC_PROFILE: Concept = {
  id: 'http://data.europa.eu/snb/credential/e34929035b',
  type: 'Concept',
  inScheme: { id: 'http://data.europa.eu/snb/credential/25831c2', type: 'ConceptScheme' },
  prefLabel: { en: 'Generic' },
};
