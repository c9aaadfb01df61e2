import { calculateLcc, lowestEnergyPricePerMJ, parseLccScenario } from './index.js';

describe('Clean Vehicles after Directive (EU) 2019/1161', () => {
  // Annex Table 1 energy contents: petrol 32 MJ/l, diesel 36 MJ/l (FACTS.md §3).
  // Hand-checked: petrol 1.60 / 32 = 0.05 per MJ; diesel 1.62 / 36 = 0.045 per MJ → diesel.
  it('takes the lower of petrol 1.60/l (0.05/MJ) and diesel 1.62/l (0.045/MJ): diesel at 0.045 (hand-checked)', () => {
    const lowest = lowestEnergyPricePerMJ({ petrolPerLitre: 1.6, dieselPerLitre: 1.62 });
    expect(lowest.fuel).toBe('diesel');
    expect(lowest.pricePerMJ).toBeCloseTo(0.045, 12);
  });

  // Hand-checked: petrol 1.28 / 32 = 0.04; diesel 1.62 / 36 = 0.045 → petrol.
  it('takes petrol when it is cheaper per MJ: 1.28/l gives 0.04 (hand-checked)', () => {
    expect(lowestEnergyPricePerMJ({ petrolPerLitre: 1.28, dieselPerLitre: 1.62 })).toEqual({
      pricePerMJ: 0.04,
      fuel: 'petrol',
    });
  });

  it('refuses a price of zero, a negative price or NaN', () => {
    expect(() => lowestEnergyPricePerMJ({ petrolPerLitre: 0, dieselPerLitre: 1 })).toThrow(
      RangeError,
    );
    expect(() => lowestEnergyPricePerMJ({ petrolPerLitre: 1, dieselPerLitre: Number.NaN })).toThrow(
      RangeError,
    );
  });

  const vans = (method?: string) =>
    parseLccScenario({
      currency: 'EUR',
      periodYears: 5,
      discountRate: 0,
      cleanVehicles: {
        ...(method ? { method } : {}),
        energyPricePerMJ: 0.045,
        co2PricePerKg: 0.04,
        noxPricePerG: 0.0044,
        nmhcPricePerG: 0.001,
        particulatesPricePerG: 0.087,
      },
      offers: [{ id: 'van', vehicle: { category: 'N1', fuel: 'diesel', consumptionPer100Km: 8 } }],
    });

  it('states in the trace whether the method is applied as the 2009 Directive required or voluntarily', () => {
    const step = (m?: string) =>
      calculateLcc(vans(m)).trace.find((s) => s.key === 'vehicleMethod')?.formula;
    expect(step()).toBe('Directive 2009/33/EC Art. 6 method (original text)');
    expect(step('voluntary')).toBe(
      'Directive 2009/33/EC Art. 6 method, applied voluntarily (not required since Directive (EU) 2019/1161)',
    );
  });

  // Hand-checked: 8 l/100 km × 36 MJ/l = 2.88 MJ/km × 0.045 × 250000 km (N1) = 32400.
  it('costs the same either way: an N1 diesel van at 8 l/100 km uses 32400 of energy (hand-checked)', () => {
    expect(calculateLcc(vans('voluntary')).offers[0]?.categories.energy).toBeCloseTo(32400, 6);
    expect(calculateLcc(vans()).offers[0]?.categories.energy).toBeCloseTo(32400, 6);
  });
});
