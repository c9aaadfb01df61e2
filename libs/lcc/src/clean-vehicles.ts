import { requireFinite } from './guards.js';
import type { CleanVehiclePrices, LccVehicle, VehicleCategory, VehicleFuel } from './schema.js';

/**
 * Lifetime operational cost of a road vehicle by the method of the Clean Vehicles Directive
 * 2009/33/EC, Art. 6 and Annex (original text; replaced in 2019 by Directive (EU) 2019/1161).
 * Each part is a per-km figure × unit price × lifetime mileage. The Directive does not discount:
 * these costs are reported undiscounted, as prescribed. The engine books `energy` in the energy
 * category and CO2 + pollutants in the externalities category.
 */

/** Annex, Table 3: lifetime mileage in km by vehicle category. */
export const CVD_LIFETIME_KM: Readonly<Record<VehicleCategory, number>> = {
  M1: 200_000,
  N1: 250_000,
  N2: 1_000_000,
  N3: 1_000_000,
  M2: 800_000,
  M3: 800_000,
};

/**
 * Annex, Table 1: energy content in MJ per unit of fuel (litre; Nm³ for natural gas and
 * hydrogen). Natural gas/biogas is given as 33–38 MJ/Nm³: we use the midpoint 35.5 unless the
 * offer states `energyContentMJPerUnit`. Electricity is not in the Annex: 3.6 MJ/kWh is the
 * physical conversion (consumption then in kWh per 100 km).
 */
export const CVD_ENERGY_CONTENT_MJ: Readonly<Record<VehicleFuel, number>> = {
  diesel: 36,
  petrol: 32,
  lpg: 24,
  ethanol: 21,
  biodiesel: 33,
  emulsion: 32,
  'natural-gas': 35.5,
  hydrogen: 11,
  electricity: 3.6,
};

/**
 * Annex, Table 2 (2007 prices, EUR): suggested prefill for the scenario's `cleanVehicles`.
 * CO2 is given as 0.03–0.04 €/kg; authorities may use up to double these values.
 */
export const CVD_UNIT_PRICES_2007 = {
  co2PricePerKgMin: 0.03,
  co2PricePerKgMax: 0.04,
  noxPricePerG: 0.0044,
  nmhcPricePerG: 0.001,
  particulatesPricePerG: 0.087,
} as const;

export interface CleanVehicleCost {
  lifetimeKm: number;
  energyContentMJPerUnit: number;
  energyMJPerKm: number;
  /** MJ/km × €/MJ × km */
  energy: number;
  /** g/km × km / 1000 × €/kg */
  co2: number;
  /** g/km × €/g × km */
  nox: number;
  nmhc: number;
  particulates: number;
  /** Sum of the five parts: the lifetime operational cost, undiscounted. */
  total: number;
}

export function cleanVehicleCost(
  vehicle: LccVehicle,
  prices: CleanVehiclePrices,
): CleanVehicleCost {
  for (const [name, v] of Object.entries(vehicle))
    if (typeof v === 'number') requireFinite(name, v);
  for (const [name, v] of Object.entries(prices)) if (typeof v === 'number') requireFinite(name, v);
  const km = vehicle.lifetimeKm ?? CVD_LIFETIME_KM[vehicle.category];
  const mjPerUnit = vehicle.energyContentMJPerUnit ?? CVD_ENERGY_CONTENT_MJ[vehicle.fuel];
  const mjPerKm = (vehicle.consumptionPer100Km / 100) * mjPerUnit;
  const energy = mjPerKm * prices.energyPricePerMJ * km;
  const co2 = ((vehicle.co2GPerKm * km) / 1000) * prices.co2PricePerKg;
  const nox = vehicle.noxGPerKm * prices.noxPricePerG * km;
  const nmhc = vehicle.nmhcGPerKm * prices.nmhcPricePerG * km;
  const particulates = vehicle.particulatesGPerKm * prices.particulatesPricePerG * km;
  return {
    lifetimeKm: km,
    energyContentMJPerUnit: mjPerUnit,
    energyMJPerKm: mjPerKm,
    energy,
    co2,
    nox,
    nmhc,
    particulates,
    total: energy + co2 + nox + nmhc + particulates,
  };
}

/**
 * The Annex's energy price: the lower of the petrol and diesel prices per MJ, from prices per
 * litre before tax (petrol 32 MJ/l, diesel 36 MJ/l, Annex Table 1). Use the result as
 * `cleanVehicles.energyPricePerMJ` so every vehicle is costed with one energy price.
 */
export function lowestEnergyPricePerMJ(prices: {
  petrolPerLitre: number;
  dieselPerLitre: number;
}): {
  pricePerMJ: number;
  fuel: 'petrol' | 'diesel';
} {
  const { petrolPerLitre, dieselPerLitre } = prices;
  requireFinite('petrolPerLitre', petrolPerLitre);
  requireFinite('dieselPerLitre', dieselPerLitre);
  if (petrolPerLitre <= 0 || dieselPerLitre <= 0) {
    throw new RangeError('Fuel prices per litre must be greater than 0');
  }
  const petrol = petrolPerLitre / CVD_ENERGY_CONTENT_MJ.petrol;
  const diesel = dieselPerLitre / CVD_ENERGY_CONTENT_MJ.diesel;
  return petrol < diesel
    ? { pricePerMJ: petrol, fuel: 'petrol' }
    : { pricePerMJ: diesel, fuel: 'diesel' };
}
