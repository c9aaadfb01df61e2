import { z } from 'zod';

/**
 * Input of the LCC engine: the shape of `curriculum/exercises/<id>.yaml`, the GraphQL
 * `calculateLcc` input and the web calculator form. Money is in `currency`, rates are fractions
 * (0.03 = 3 %). Optional numbers default to 0; `null` counts as absent so GraphQL inputs with
 * nullable fields can be passed straight through.
 */

export const MAX_OFFERS = 6;
export const MAX_PERIOD_YEARS = 100;
/** Guards against typos and float overflow; far above any public contract. */
export const MAX_AMOUNT = 1e12;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const slug = () =>
  z
    .string()
    .max(60, 'Must be at most 60 characters')
    .regex(SLUG, 'Use lowercase letters, digits and single hyphens (e.g. "offer-a")');

const amount = () =>
  z.number().min(0, 'Must be zero or more').max(MAX_AMOUNT, 'Amount is too large (at most 10^12)');
const optionalAmount = () =>
  amount()
    .nullish()
    .transform((v) => v ?? 0);
/** A yearly growth rate: above −100 %, at most +100 %. */
const rate = () =>
  z.number().gt(-1, 'Must be greater than -1 (-100%)').lte(1, 'Must be at most 1 (100%)');

const optionalRate = () =>
  rate()
    .nullish()
    .transform((v) => v ?? 0);

/** Optional object that is filled with its defaults when absent or null. */
function withDefaults<T extends z.ZodObject>(schema: T) {
  return schema.nullish().transform((v) => v ?? schema.parse({}));
}

/** When yearly costs are paid within each year: discounted at t, t − 0.5 or t − 1. */
export const paymentTimings = ['end', 'middle', 'start'] as const;
export type PaymentTiming = (typeof paymentTimings)[number];

export const priceBases = ['real', 'nominal'] as const;
export type PriceBasis = (typeof priceBases)[number];

export const vehicleCategories = ['M1', 'N1', 'N2', 'N3', 'M2', 'M3'] as const;
export type VehicleCategory = (typeof vehicleCategories)[number];

export const vehicleFuels = [
  'diesel',
  'petrol',
  'lpg',
  'ethanol',
  'biodiesel',
  'emulsion',
  'natural-gas',
  'hydrogen',
  'electricity',
] as const;
export type VehicleFuel = (typeof vehicleFuels)[number];

const acquisitionSchema = z.strictObject({
  purchase: optionalAmount(),
  installation: optionalAmount(),
});

const energySchema = z.strictObject({
  consumptionPerYear: optionalAmount(),
  unit: z
    .string()
    .min(1, 'Must not be empty')
    .max(20, 'Must be at most 20 characters')
    .nullish()
    .transform((v) => v ?? 'kWh'),
  /** Price per unit in year 1 (see README: year t costs price × (1+escalation)^(t−1)). */
  pricePerUnit: optionalAmount(),
  escalation: optionalRate(),
  /** kg CO2e per energy unit (e.g. per kWh or litre): CO2 from energy, priced at the CO2 price. */
  co2KgPerUnit: optionalAmount(),
});

const yearlySchema = z.strictObject({
  maintenance: optionalAmount(),
  consumables: optionalAmount(),
  other: optionalAmount(),
  /** Yearly real change of each stream; year t costs amount × (1 + escalation)^(t−1). */
  maintenanceEscalation: optionalRate(),
  consumablesEscalation: optionalRate(),
  otherEscalation: optionalRate(),
});

const oneOffSchema = z.strictObject({
  year: z.number().int('Enter a whole year'),
  amount: amount(),
  category: slug(),
  label: z.string().max(200, 'Must be at most 200 characters').optional(),
});

const revenueItemSchema = z.strictObject({
  year: z.number().int('Enter a whole year'),
  amount: amount(),
  label: z.string().max(200, 'Must be at most 200 characters').optional(),
});

/** Money coming in (sale of recovered materials, rebates): booked as negative costs. */
const revenuesSchema = z.strictObject({
  perYear: optionalAmount(),
  escalation: optionalRate(),
  items: z
    .array(revenueItemSchema)
    .max(200, 'Enter at most 200 revenues')
    .nullish()
    .transform((v) => v ?? []),
});

const endOfLifeSchema = z.strictObject({
  disposal: optionalAmount(),
  residualValue: optionalAmount(),
});

/** Pollutants other than CO2 that an offer emits each year (non-vehicle offers), in kg. */
export const pollutants = ['nox', 'so2', 'nmhc', 'particulates'] as const;
export type Pollutant = (typeof pollutants)[number];

const emissionsSchema = z.strictObject({
  co2TonnesPerYear: optionalAmount(),
  noxKgPerYear: optionalAmount(),
  so2KgPerYear: optionalAmount(),
  nmhcKgPerYear: optionalAmount(),
  particulatesKgPerYear: optionalAmount(),
});

/** Damage cost per kg of each pollutant (e.g. from the EU Handbook on the external costs of transport). */
const externalityPricesSchema = z.strictObject({
  noxPerKg: optionalAmount(),
  so2PerKg: optionalAmount(),
  nmhcPerKg: optionalAmount(),
  particulatesPerKg: optionalAmount(),
});

const vehicleSchema = z.strictObject({
  category: z.enum(vehicleCategories),
  fuel: z.enum(vehicleFuels),
  /** Litres per 100 km (liquid fuels), Nm³ per 100 km (natural gas, hydrogen), kWh per 100 km. */
  consumptionPer100Km: amount(),
  co2GPerKm: optionalAmount(),
  noxGPerKm: optionalAmount(),
  nmhcGPerKm: optionalAmount(),
  particulatesGPerKm: optionalAmount(),
  /** Overrides the Directive's lifetime mileage for the category. */
  lifetimeKm: z.number().gt(0, 'Must be greater than 0').max(1e8, 'Must be at most 1e8').optional(),
  /** Overrides the energy content per unit of fuel (MJ), e.g. for a known natural gas quality. */
  energyContentMJPerUnit: z.number().gt(0, 'Must be greater than 0').max(1000).optional(),
});

/**
 * Why the Clean Vehicles method is used: 'directive-2009-33-ec' (default; the method was
 * mandatory under the original Directive) or 'voluntary' (since Directive (EU) 2019/1161 the
 * Art. 6 method is no longer required; an authority may still choose it as its LCC method).
 */
export const cleanVehicleMethods = ['directive-2009-33-ec', 'voluntary'] as const;
export type CleanVehicleMethod = (typeof cleanVehicleMethods)[number];

const cleanVehiclesSchema = z.strictObject({
  method: z
    .enum(cleanVehicleMethods)
    .nullish()
    .transform((v) => v ?? 'directive-2009-33-ec'),
  energyPricePerMJ: amount(),
  co2PricePerKg: amount(),
  noxPricePerG: amount(),
  nmhcPricePerG: amount(),
  particulatesPricePerG: amount(),
});

const offerSchema = z.strictObject({
  id: slug(),
  acquisition: withDefaults(acquisitionSchema),
  energy: withDefaults(energySchema),
  yearly: withDefaults(yearlySchema),
  oneOff: z
    .array(oneOffSchema)
    .max(200, 'Enter at most 200 one-off costs')
    .nullish()
    .transform((v) => v ?? []),
  endOfLife: withDefaults(endOfLifeSchema),
  revenues: withDefaults(revenuesSchema),
  /**
   * Service life in whole years. When shorter than the period, the offer is bought again
   * (purchase + installation) at the end of each service life, and the replaced unit's end of
   * life (disposal − residual value) falls then; the last unit's end of life stays at year n.
   */
  serviceLifeYears: z
    .number()
    .int('Enter a whole number of years')
    .min(1, 'Must be at least 1 year')
    .max(MAX_PERIOD_YEARS, `Must be at most ${MAX_PERIOD_YEARS} years`)
    .nullish()
    .transform((v) => v ?? undefined),
  emissions: withDefaults(emissionsSchema),
  vehicle: vehicleSchema.nullish().transform((v) => v ?? undefined),
  /** Overrides the scenario's payment timing for this offer's yearly costs (e.g. a lease fee paid in advance). */
  paymentTiming: z
    .enum(paymentTimings)
    .nullish()
    .transform((v) => v ?? undefined),
});

export const lccScenarioSchema = z
  .strictObject({
    id: slug().optional(),
    currency: z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as EUR'),
    periodYears: z
      .number()
      .int('Enter a whole number of years')
      .min(1, 'Must be at least 1 year')
      .max(MAX_PERIOD_YEARS, `Must be at most ${MAX_PERIOD_YEARS} years`),
    /** Real discount rate (nominal minus inflation), as a fraction. */
    discountRate: rate(),
    /**
     * 'real' (default): prices in today's terms, `discountRate` is real. 'nominal': prices are
     * inflated by `inflationRate` a year from today's level and `discountRate` is nominal.
     */
    priceBasis: z
      .enum(priceBases)
      .nullish()
      .transform((v) => v ?? 'real'),
    inflationRate: optionalRate(),
    /** When yearly costs fall within each year (default 'end'); end of life stays at the end of year n. */
    paymentTiming: z
      .enum(paymentTimings)
      .nullish()
      .transform((v) => v ?? 'end'),
    co2PricePerTonne: optionalAmount(),
    /** Yearly real change of the CO2 price: year t's price = co2PricePerTonne × (1 + c)^(t−1). */
    co2PriceEscalation: optionalRate(),
    /** CO2 price per tonne for each year 1..n; replaces price and escalation when given. */
    co2PricePerTonneByYear: z
      .array(amount())
      .max(MAX_PERIOD_YEARS, `Enter at most ${MAX_PERIOD_YEARS} prices`)
      .nullish()
      .transform((v) => v ?? undefined),
    /** Prices per kg of the other pollutants in `offers[].emissions`; constant in real terms. */
    externalityPrices: withDefaults(externalityPricesSchema),
    cleanVehicles: cleanVehiclesSchema.nullish().transform((v) => v ?? undefined),
    offers: z
      .array(offerSchema)
      .min(1, 'Enter at least one offer')
      .max(MAX_OFFERS, `Enter at most ${MAX_OFFERS} offers`),
  })
  .superRefine((s, ctx) => {
    if (s.co2PricePerTonneByYear && s.co2PricePerTonneByYear.length !== s.periodYears) {
      ctx.addIssue({
        code: 'custom',
        path: ['co2PricePerTonneByYear'],
        message: `Enter one price for each year 1 to ${s.periodYears}`,
      });
    }
    if (s.priceBasis === 'real' && s.inflationRate !== 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['inflationRate'],
        message:
          'An inflation rate applies only to nominal prices: set priceBasis to nominal or leave it empty',
      });
    }
    const seen = new Set<string>();
    s.offers.forEach((offer, i) => {
      if (seen.has(offer.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['offers', i, 'id'],
          message: 'Offer ids must be unique',
        });
      }
      seen.add(offer.id);
      offer.revenues.items.forEach((item, j) => {
        if (item.year < 1 || item.year > s.periodYears) {
          ctx.addIssue({
            code: 'custom',
            path: ['offers', i, 'revenues', 'items', j, 'year'],
            message: `Must be a year from 1 to ${s.periodYears} (the period)`,
          });
        }
      });
      offer.oneOff.forEach((item, j) => {
        if (item.year < 1 || item.year > s.periodYears) {
          ctx.addIssue({
            code: 'custom',
            path: ['offers', i, 'oneOff', j, 'year'],
            message: `Must be a year from 1 to ${s.periodYears} (the period)`,
          });
        }
      });
      if (offer.vehicle) {
        // The Clean Vehicles method replaces energy and emissions; both would count twice.
        if (
          offer.energy.consumptionPerYear > 0 ||
          offer.energy.pricePerUnit > 0 ||
          offer.energy.co2KgPerUnit > 0
        ) {
          ctx.addIssue({
            code: 'custom',
            path: ['offers', i, 'energy'],
            message:
              'Leave energy empty for a vehicle: its energy cost comes from the vehicle data',
          });
        }
        if (Object.values(offer.emissions).some((v) => v > 0)) {
          ctx.addIssue({
            code: 'custom',
            path: ['offers', i, 'emissions'],
            message:
              'Leave emissions empty for a vehicle: its emissions come from the vehicle data',
          });
        }
      }
    });
    if (!s.cleanVehicles && s.offers.some((o) => o.vehicle)) {
      ctx.addIssue({
        code: 'custom',
        path: ['cleanVehicles'],
        message: 'Enter the Clean Vehicles unit prices: an offer has vehicle data',
      });
    }
  });

/** A validated scenario with every default filled in. */
export type LccScenario = z.output<typeof lccScenarioSchema>;
/** What a caller may pass in (optional fields may be missing or null). */
export type LccScenarioInput = z.input<typeof lccScenarioSchema>;
export type LccOffer = LccScenario['offers'][number];
export type LccVehicle = NonNullable<LccOffer['vehicle']>;
export type CleanVehiclePrices = NonNullable<LccScenario['cleanVehicles']>;
