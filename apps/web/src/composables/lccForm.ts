import type { LccScenarioInput } from '@academy/lcc';
import {
  cleanVehicleFields,
  INHERIT,
  offerGroups,
  settingsFields,
  vehicleFields,
  type LccFieldDef,
} from './lccFields';
import { formatInputNumber, parseLocaleNumber } from './lccNumbers';

/** One one-off cost row; numbers stay as typed until the scenario is built. */
export interface LccOneOffForm {
  key: number;
  year: string;
  amount: string;
  category: string;
  label?: string;
}

export interface LccOfferForm {
  key: number;
  id: string;
  name: string;
  /** Typed text per offer field path, e.g. `energy.pricePerUnit`. */
  values: Record<string, string>;
  oneOff: LccOneOffForm[];
  /** One-off revenues (year and amount; the category is not used). */
  revenueItems: LccOneOffForm[];
  /** Vehicle category and fuel (selects) when the offer is a vehicle. */
  vehicle: { category: string; fuel: string } | null;
}

export interface LccForm {
  currency: string;
  /** Typed text per scenario field path, e.g. `discountRate` (in %), `cleanVehicles.co2PricePerKg`. */
  values: Record<string, string>;
  offers: LccOfferForm[];
  exercise?: string;
}

/** A problem found while reading the form, before the engine validates it. */
export interface LccFormProblem {
  path: string;
  problem: 'notANumber';
}

let nextKey = 1;
/** Stable keys for v-for, unique for the page's lifetime. */
export const newKey = (): number => nextKey++;

type Json = Record<string, unknown>;

function getPath(obj: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (o, p) => (typeof o === 'object' && o !== null ? (o as Json)[p] : undefined),
      obj,
    );
}

function setPath(obj: Json, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = obj;
  for (const p of parts.slice(0, -1)) {
    if (typeof node[p] !== 'object' || node[p] === null) node[p] = {};
    node = node[p] as Json;
  }
  node[parts[parts.length - 1]!] = value;
}

function toText(value: unknown, def: LccFieldDef, locale: string): string {
  if (def.kind === 'text') return typeof value === 'string' ? value : '';
  if (def.kind === 'choice') return typeof value === 'string' ? value : (def.choices?.[0] ?? '');
  if (def.kind === 'list')
    return Array.isArray(value)
      ? value.map((v) => (typeof v === 'number' ? formatInputNumber(v, locale) : '')).join('; ')
      : '';
  if (typeof value !== 'number') return '';
  return formatInputNumber(def.kind === 'percent' ? value * 100 : value, locale);
}

/** Reads one field: empty → absent (the engine's default), unreadable → a problem. */
function readField(
  text: string | undefined,
  def: LccFieldDef,
  locale: string,
): { value?: unknown; bad?: true } {
  const raw = (text ?? '').trim();
  if (raw === '' || (def.kind === 'choice' && raw === INHERIT)) return {};
  if (def.kind === 'text' || def.kind === 'choice') return { value: raw };
  if (def.kind === 'list') {
    const items = raw
      .split(/[;\n]+/)
      .map((x) => x.trim())
      .filter(Boolean)
      .map((x) => parseLocaleNumber(x, locale));
    return items.some((x) => x === null) ? { bad: true } : { value: items };
  }
  const n = parseLocaleNumber(raw, locale);
  if (n === null) return { bad: true };
  return { value: def.kind === 'percent' ? n / 100 : n };
}

const offerFieldDefs = (vehicle: boolean): LccFieldDef[] =>
  vehicle
    ? [
        ...offerGroups
          .filter((g) => g.key !== 'energy' && g.key !== 'emissions')
          .flatMap((g) => g.fields),
        ...vehicleFields,
      ]
    : offerGroups.flatMap((g) => g.fields);

/** A blank offer with an id that is not yet taken. */
export function blankOffer(taken: string[], vehicle = false): LccOfferForm {
  let n = taken.length + 1;
  while (taken.includes(`offer-${n}`)) n++;
  return {
    key: newKey(),
    id: `offer-${n}`,
    name: '',
    values: { 'energy.unit': 'kWh', paymentTiming: INHERIT },
    oneOff: [],
    revenueItems: [],
    vehicle: vehicle ? { category: 'M1', fuel: 'diesel' } : null,
  };
}

/** The starting form: two empty offers, with an edition's currency and discount rate when given. */
export function blankForm(
  locale: string,
  defaults: { currency?: string | null; discountRate?: number | null } = {},
): LccForm {
  const first = blankOffer([]);
  return {
    currency: defaults.currency ?? 'EUR',
    values: {
      periodYears: '20',
      discountRate: formatInputNumber((defaults.discountRate ?? 0.03) * 100, locale),
      co2PricePerTonne: '0',
      paymentTiming: 'end',
      priceBasis: 'real',
      'cleanVehicles.method': 'directive-2009-33-ec',
    },
    offers: [first, blankOffer([first.id])],
  };
}

/** Fills the form from a scenario (a preset or a shared link); numbers in the user's locale. */
export function scenarioToForm(
  scenario: LccScenarioInput,
  names: Record<string, string>,
  locale: string,
  exercise?: string,
): LccForm {
  const values: Record<string, string> = {};
  for (const def of settingsFields)
    values[def.path] = toText(getPath(scenario, def.path), def, locale);
  if (scenario.cleanVehicles)
    for (const def of cleanVehicleFields)
      values[def.path] = toText(getPath(scenario, def.path), def, locale);
  const offers = (scenario.offers ?? []).map((o): LccOfferForm => {
    const v: Record<string, string> = {};
    for (const def of offerFieldDefs(!!o.vehicle))
      v[def.path] = toText(getPath(o, def.path), def, locale);
    if (!o.vehicle && !v['energy.unit']) v['energy.unit'] = 'kWh';
    return {
      key: newKey(),
      id: o.id,
      name: names[o.id] ?? '',
      values: v,
      oneOff: (o.oneOff ?? []).map((x) => ({
        key: newKey(),
        year: formatInputNumber(x.year, locale),
        amount: formatInputNumber(x.amount, locale),
        category: x.category,
        ...(x.label ? { label: x.label } : {}),
      })),
      revenueItems: (o.revenues?.items ?? []).map((x) => ({
        key: newKey(),
        year: formatInputNumber(x.year, locale),
        amount: formatInputNumber(x.amount, locale),
        category: 'revenue',
        ...(x.label ? { label: x.label } : {}),
      })),
      vehicle: o.vehicle ? { category: o.vehicle.category, fuel: o.vehicle.fuel } : null,
    };
  });
  return {
    currency: scenario.currency ?? 'EUR',
    values,
    offers,
    ...(exercise ? { exercise } : {}),
  };
}

/** Builds the engine input from the form; unreadable numbers are reported by their scenario path. */
export function formToScenario(
  form: LccForm,
  locale: string,
): { scenario: LccScenarioInput; problems: LccFormProblem[] } {
  const problems: LccFormProblem[] = [];
  const out: Json = { currency: form.currency };
  const read = (target: Json, text: string | undefined, def: LccFieldDef, errorPath: string) => {
    const r = readField(text, def, locale);
    if (r.bad) problems.push({ path: errorPath, problem: 'notANumber' });
    else if (r.value !== undefined) setPath(target, def.path, r.value);
  };
  for (const def of settingsFields) read(out, form.values[def.path], def, def.path);
  if (form.offers.some((o) => o.vehicle)) {
    out.cleanVehicles = {};
    for (const def of cleanVehicleFields) read(out, form.values[def.path], def, def.path);
  }
  out.offers = form.offers.map((o, i) => {
    const offer: Json = { id: o.id };
    for (const def of offerFieldDefs(!!o.vehicle))
      read(offer, o.values[def.path], def, `offers.${i}.${def.path}`);
    if (o.vehicle) setPath(offer, 'vehicle', { ...(offer.vehicle ?? {}), ...o.vehicle });
    offer.oneOff = o.oneOff.map((row, j) => {
      const entry: Json = {
        category: row.category || 'one-off',
        ...(row.label ? { label: row.label } : {}),
      };
      read(
        entry,
        row.year,
        { path: 'year', kind: 'integer', unit: '' },
        `offers.${i}.oneOff.${j}.year`,
      );
      read(
        entry,
        row.amount,
        { path: 'amount', kind: 'money', unit: '' },
        `offers.${i}.oneOff.${j}.amount`,
      );
      return entry;
    });
    if (o.revenueItems.length) {
      const items = o.revenueItems.map((row, j) => {
        const entry: Json = row.label ? { label: row.label } : {};
        const at = `offers.${i}.revenues.items.${j}`;
        read(entry, row.year, { path: 'year', kind: 'integer', unit: '' }, `${at}.year`);
        read(entry, row.amount, { path: 'amount', kind: 'money', unit: '' }, `${at}.amount`);
        return entry;
      });
      setPath(offer, 'revenues.items', items);
    }
    return offer;
  });
  return { scenario: out as unknown as LccScenarioInput, problems };
}

/** Display names by offer id, for results and shared links. */
export const offerNames = (form: LccForm): Record<string, string> =>
  Object.fromEntries(form.offers.map((o) => [o.id, o.name]));
