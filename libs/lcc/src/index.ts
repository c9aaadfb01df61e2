export {
  lccScenarioSchema,
  cleanVehicleMethods,
  paymentTimings,
  pollutants,
  priceBases,
  vehicleCategories,
  vehicleFuels,
  MAX_AMOUNT,
  MAX_OFFERS,
  MAX_PERIOD_YEARS,
  type CleanVehicleMethod,
  type CleanVehiclePrices,
  type PaymentTiming,
  type Pollutant,
  type PriceBasis,
  type LccOffer,
  type LccScenario,
  type LccScenarioInput,
  type LccVehicle,
  type VehicleCategory,
  type VehicleFuel,
} from './schema.js';
export {
  parseLccScenario,
  validateLccScenario,
  type LccValidationError,
  type LccValidationResult,
} from './validate.js';
export {
  annuityFactor,
  discountFactor,
  escalatingPresentValue,
  presentValue,
} from './discounting.js';
export {
  cleanVehicleCost,
  lowestEnergyPricePerMJ,
  CVD_ENERGY_CONTENT_MJ,
  CVD_LIFETIME_KM,
  CVD_UNIT_PRICES_2007,
  type CleanVehicleCost,
} from './clean-vehicles.js';
export { calculateLcc } from './engine.js';
export { breakEvenYear, rankOffers } from './ranking.js';
export {
  DEFAULT_DISCOUNT_RATES,
  DEFAULT_ENERGY_PRICE_CHANGES,
  co2PriceSensitivity,
  defaultPeriods,
  discountRateSensitivity,
  energyPriceSensitivity,
  maintenanceSensitivity,
  periodSensitivity,
  residualValueSensitivity,
  tornado,
} from './sensitivity.js';
export { formatNumber } from './trace.js';
export { outputValue, parseOutputSpec, type OutputSpec } from './output.js';
export {
  drawNumber,
  drawScenario,
  isNumberRange,
  mulberry32,
  type Drawable,
  type LccScenarioTemplate,
  type NumberRange,
  type Rng,
} from './draw.js';
export {
  costCategories,
  type BreakEven,
  type CashFlow,
  type CategoryValues,
  type CostCategory,
  type LccOptions,
  type LccResult,
  type OfferLcc,
  type OfferTotal,
  type RankingSwitch,
  type SensitivityAnalysis,
  type SensitivityParameter,
  type SensitivityPoint,
  type TornadoBar,
  type TraceStep,
} from './types.js';
export { drawVariant, lccAnswer, numberAtPath, type Variation } from './variant.js';
export {
  ISO_4217_CURRENCIES,
  lccWarnings,
  RATE_WARNING_HIGH,
  RATE_WARNING_LOW,
  type LccWarning,
  type LccWarningCode,
} from './warnings.js';
export { costItemRows, type CostItemRow } from './offer-costs.js';
export {
  MAX_DRAWS,
  monteCarlo,
  type MonteCarloOffer,
  type MonteCarloRanges,
  type MonteCarloResult,
  type Range,
} from './monte-carlo.js';
