import { cleanVehicleMethods, paymentTimings, pollutants, priceBases } from '@academy/lcc';

/** The calculator's input fields, by their path in the @academy/lcc scenario. */
export type LccFieldKind =
  | 'money'
  | 'percent'
  | 'quantity'
  | 'integer'
  | 'text'
  | 'choice'
  /** Numbers separated by semicolons or line breaks, e.g. one price per year. */
  | 'list';

/** A choice meaning "leave the field out" (the scenario's setting applies). */
export const INHERIT = 'inherit';

export interface LccFieldDef {
  /** Path inside the scenario (settings) or inside one offer, e.g. `energy.pricePerUnit`. */
  path: string;
  kind: LccFieldKind;
  /** Key under `lcc.units`; its text may use {currency} and {unit}. */
  unit: string;
  /** For 'choice': the values offered (labels under `lcc.choices.<path>.<value>`); the first is the default. */
  choices?: readonly string[];
  /** Key under `lcc.fields` (and `lcc.choices`) when it differs from the path. */
  labelKey?: string;
  /** Settings shown together in their own fieldset (key under `lcc.groups`). */
  group?: string;
}

export interface LccFieldGroup {
  /** Key under `lcc.groups`. */
  key: string;
  fields: LccFieldDef[];
}

const f = (path: string, kind: LccFieldKind, unit: string): LccFieldDef => ({ path, kind, unit });

export const settingsFields: LccFieldDef[] = [
  f('periodYears', 'integer', 'years'),
  f('discountRate', 'percent', 'percent'),
  f('co2PricePerTonne', 'money', 'moneyPerTonne'),
  f('co2PriceEscalation', 'percent', 'percentPerYear'),
  { path: 'paymentTiming', kind: 'choice', unit: 'none', choices: paymentTimings },
  { path: 'priceBasis', kind: 'choice', unit: 'none', choices: priceBases },
  f('inflationRate', 'percent', 'percentPerYear'),
  { ...f('co2PricePerTonneByYear', 'list', 'moneyPerTonne'), group: 'co2Path' },
  ...pollutants.map((p) => ({
    ...f(`externalityPrices.${p}PerKg`, 'money', 'moneyPerKg'),
    group: 'pollutants',
  })),
];

/** Unit prices of the Clean Vehicles Directive, needed once any offer is a vehicle. */
export const cleanVehicleFields: LccFieldDef[] = [
  { path: 'cleanVehicles.method', kind: 'choice', unit: 'none', choices: cleanVehicleMethods },
  f('cleanVehicles.energyPricePerMJ', 'money', 'moneyPerMJ'),
  f('cleanVehicles.co2PricePerKg', 'money', 'moneyPerKg'),
  f('cleanVehicles.noxPricePerG', 'money', 'moneyPerG'),
  f('cleanVehicles.nmhcPricePerG', 'money', 'moneyPerG'),
  f('cleanVehicles.particulatesPricePerG', 'money', 'moneyPerG'),
];

export const offerGroups: LccFieldGroup[] = [
  {
    key: 'acquisition',
    fields: [
      f('acquisition.purchase', 'money', 'money'),
      f('acquisition.installation', 'money', 'money'),
      f('serviceLifeYears', 'integer', 'years'),
    ],
  },
  {
    key: 'energy',
    fields: [
      f('energy.consumptionPerYear', 'quantity', 'unitPerYear'),
      f('energy.unit', 'text', 'none'),
      f('energy.pricePerUnit', 'money', 'moneyPerUnit'),
      f('energy.escalation', 'percent', 'percentPerYear'),
      f('energy.co2KgPerUnit', 'quantity', 'kgPerUnit'),
    ],
  },
  {
    key: 'yearly',
    fields: [
      f('yearly.maintenance', 'money', 'moneyPerYear'),
      f('yearly.maintenanceEscalation', 'percent', 'percentPerYear'),
      f('yearly.consumables', 'money', 'moneyPerYear'),
      f('yearly.consumablesEscalation', 'percent', 'percentPerYear'),
      f('yearly.other', 'money', 'moneyPerYear'),
      f('yearly.otherEscalation', 'percent', 'percentPerYear'),
      {
        path: 'paymentTiming',
        kind: 'choice',
        unit: 'none',
        choices: [INHERIT, ...paymentTimings],
        labelKey: 'offerPaymentTiming',
      },
    ],
  },
  {
    key: 'revenues',
    fields: [
      f('revenues.perYear', 'money', 'moneyPerYear'),
      f('revenues.escalation', 'percent', 'percentPerYear'),
    ],
  },
  {
    key: 'endOfLife',
    fields: [
      f('endOfLife.disposal', 'money', 'money'),
      f('endOfLife.residualValue', 'money', 'money'),
    ],
  },
  {
    key: 'emissions',
    fields: [
      f('emissions.co2TonnesPerYear', 'quantity', 'tonnesPerYear'),
      ...pollutants.map((p) => f(`emissions.${p}KgPerYear`, 'quantity', 'kgPerYear')),
    ],
  },
];

/** Vehicle data replaces the energy and emissions groups (Clean Vehicles Directive method). */
export const vehicleFields: LccFieldDef[] = [
  f('vehicle.consumptionPer100Km', 'quantity', 'per100Km'),
  f('vehicle.co2GPerKm', 'quantity', 'gPerKm'),
  f('vehicle.noxGPerKm', 'quantity', 'gPerKm'),
  f('vehicle.nmhcGPerKm', 'quantity', 'gPerKm'),
  f('vehicle.particulatesGPerKm', 'quantity', 'gPerKm'),
];

export const vehicleGroups = new Set(['energy', 'emissions']);

/** Currencies offered in the select; an edition or a link may bring another one. */
export const commonCurrencies = [
  'EUR',
  'BGN',
  'CHF',
  'CZK',
  'DKK',
  'GBP',
  'HUF',
  'ISK',
  'NOK',
  'PLN',
  'RON',
  'SEK',
  'USD',
];

/** The DOM id of a field, from the form's prefix and the scenario path. */
export const fieldId = (prefix: string, path: string): string =>
  `${prefix}-${path.replace(/\./g, '-')}`;
