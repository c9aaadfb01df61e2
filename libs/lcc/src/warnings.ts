import { co2TonnesPerYear, pollutantCostPerYear } from './offer-costs.js';
import type { LccScenario } from './schema.js';

/**
 * Warnings: the scenario can be computed, but something looks like a mistake. Errors refuse a
 * scenario; warnings travel with the result so an interface can show them in its own language
 * (`code` is stable, `params` fill the message, `message` is plain English for logs and the API).
 */
export type LccWarningCode =
  | 'rateVeryHigh'
  | 'rateVeryLow'
  | 'vehicleCostsUndiscounted'
  | 'currencyNotIso4217';

export interface LccWarning {
  code: LccWarningCode;
  /** Dot-separated path into the input, as in validation errors; '' for the whole scenario. */
  path: string;
  params: Record<string, string | number>;
  message: string;
}

/**
 * A real rate of 15 % a year or more is far above any rate in use (NL 3 %, UK Green Book 3.5 %,
 * FACTS.md §3): usually a percentage typed as a fraction (0.3 for 0.3 % or 3 %).
 */
export const RATE_WARNING_HIGH = 0.15;
/**
 * Below 0.1 % a year (but not 0): usually a fraction typed where a percentage was expected
 * (0.03 typed in a field in per cent gives 0.03 %).
 */
export const RATE_WARNING_LOW = 0.001;

/**
 * ISO 4217 codes of current currencies as listed by CLDR 48 (Node 20's ICU 78,
 * `Intl.supportedValuesOf('currency')`), fixed here so every environment warns alike.
 * Fund and metal codes (e.g. CHE, XAU) are absent: they are not used for prices.
 */
export const ISO_4217_CURRENCIES: ReadonlySet<string> = new Set(
  (
    'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP ' +
    'BYN BZD CAD CDF CHF CLP CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP ' +
    'GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES ' +
    'KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR ' +
    'MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB ' +
    'RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY ' +
    'TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XCG XDR XOF XPF XSU YER ZAR ZMW ZWG ZWL'
  ).split(' '),
);

/** Every rate in the scenario with its path. */
function rates(s: LccScenario): { path: string; value: number }[] {
  const out = [
    { path: 'discountRate', value: s.discountRate },
    { path: 'co2PriceEscalation', value: s.co2PriceEscalation },
  ];
  s.offers.forEach((o, i) => {
    out.push({ path: `offers.${i}.energy.escalation`, value: o.energy.escalation });
    for (const k of ['maintenance', 'consumables', 'other'] as const) {
      out.push({ path: `offers.${i}.yearly.${k}Escalation`, value: o.yearly[`${k}Escalation`] });
    }
  });
  return out;
}

/** True when the offer has costs after year 0 that the engine discounts. */
function hasDiscountedCosts(s: LccScenario, o: LccScenario['offers'][number]): boolean {
  const y = o.yearly;
  return (
    o.energy.consumptionPerYear * o.energy.pricePerUnit > 0 ||
    y.maintenance + y.consumables + y.other > 0 ||
    o.oneOff.some((x) => x.amount > 0) ||
    o.endOfLife.disposal + o.endOfLife.residualValue > 0 ||
    (co2TonnesPerYear(o) > 0 && (s.co2PricePerTonne > 0 || !!s.co2PricePerTonneByYear)) ||
    pollutantCostPerYear(s, o) > 0
  );
}

const percent = (x: number) => `${Number((x * 100).toFixed(6))} %`;

export function lccWarnings(s: LccScenario): LccWarning[] {
  const warnings: LccWarning[] = [];
  for (const { path, value } of rates(s)) {
    const size = Math.abs(value);
    if (size >= RATE_WARNING_HIGH) {
      warnings.push({
        code: 'rateVeryHigh',
        path,
        params: { value },
        message: `${percent(value)} a year is unusually high for a real rate: was a percentage typed as a fraction?`,
      });
    } else if (size > 0 && size < RATE_WARNING_LOW) {
      warnings.push({
        code: 'rateVeryLow',
        path,
        params: { value },
        message: `${percent(value)} a year is unusually low: was a fraction typed as a percentage?`,
      });
    }
  }
  if (
    s.discountRate !== 0 &&
    s.offers.some((o) => o.vehicle) &&
    s.offers.some((o) => hasDiscountedCosts(s, o))
  ) {
    warnings.push({
      code: 'vehicleCostsUndiscounted',
      path: '',
      params: {},
      message:
        "Vehicle energy and emission costs follow the Clean Vehicles Directive's method and are not discounted, while the other costs are: the totals mix undiscounted and discounted amounts",
    });
  }
  if (!ISO_4217_CURRENCIES.has(s.currency)) {
    warnings.push({
      code: 'currencyNotIso4217',
      path: 'currency',
      params: { currency: s.currency },
      message: `${s.currency} is not an ISO 4217 currency code`,
    });
  }
  return warnings;
}
