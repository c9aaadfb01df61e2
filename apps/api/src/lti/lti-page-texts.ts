import { supportedLocales, type SupportedLocale } from '../identity/index.js';
import type { LtiProblem } from './lti.errors.js';
import { textsEnNlDeFr } from './lti-page-texts.en-nl-de-fr.js';
import { textsItBgFiNb } from './lti-page-texts.it-bg-fi-nb.js';

/** The words of the pages the academy shows inside or instead of a learning platform. */
export interface LtiPageTexts {
  errorTitle: string;
  errorHeading: string;
  /** Said when a problem has no sentence of its own. */
  genericProblem: string;
  problems: Partial<Record<LtiProblem, string>>;
  defaultAdvice: string;
  advice: Partial<Record<LtiProblem, string>>;
  /** Before the technical detail (kept in English, for the platform's administrator). */
  details: string;
  problemCode: string;
  goToAcademy: string;
  pickerTitle: string;
  pickerEmpty: string;
  pickerLegend: string;
  course: string;
  module: string;
  add: string;
  returning: string;
  continue: string;
  /** Dynamic Registration: the page the platform shows when the academy registered itself. */
  registeredTitle: string;
  registeredBody: string;
  registeredClose: string;
}

/**
 * The page language from the browser's Accept-Language (the platform's frame or window sends
 * the person's own preference): the first supported language by weight, else English.
 */
export function pageLocale(acceptLanguage: string | undefined): SupportedLocale {
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((w) => w.tag && w.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of wanted) {
    const primary = tag.split('-')[0] === 'no' ? 'nb' : tag.split('-')[0];
    const found = supportedLocales.find((l) => l === primary);
    if (found) return found;
  }
  return 'en';
}

const texts: Record<SupportedLocale, LtiPageTexts> = { ...textsEnNlDeFr, ...textsItBgFiNb };

export const ltiPageTexts = (locale: SupportedLocale): LtiPageTexts => texts[locale];
