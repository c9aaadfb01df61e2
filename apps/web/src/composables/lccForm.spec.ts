import { validateLccScenario, type LccScenarioInput } from '@academy/lcc';
import { blankForm, blankOffer, formToScenario, scenarioToForm } from './lccForm';

const lighting: LccScenarioInput = {
  currency: 'EUR',
  periodYears: 20,
  discountRate: 0.03,
  co2PricePerTonne: 100,
  offers: [
    {
      id: 'standard-led',
      acquisition: { purchase: 150000, installation: 30000 },
      energy: { consumptionPerYear: 90000, unit: 'kWh', pricePerUnit: 0.2, escalation: 0.02 },
      yearly: { maintenance: 3000 },
      oneOff: [{ year: 10, amount: 12000, category: 'replacement' }],
      endOfLife: { disposal: 4000, residualValue: 0 },
      emissions: { co2TonnesPerYear: 27 },
    },
    { id: 'light-as-a-service', yearly: { other: 16000 } },
  ],
};

describe('calculator form', () => {
  it('shows rates in percent and numbers in the locale', () => {
    const form = scenarioToForm(lighting, { 'standard-led': 'Standard' }, 'nl');
    expect(form.values.discountRate).toBe('3');
    expect(form.offers[0]?.values['energy.pricePerUnit']).toBe('0,2');
    expect(form.offers[0]?.values['energy.escalation']).toBe('2');
    expect(form.offers[0]?.name).toBe('Standard');
    expect(form.offers[0]?.oneOff[0]).toMatchObject({
      year: '10',
      amount: '12000',
      category: 'replacement',
    });
  });

  it('round-trips a scenario through the form to the same validated scenario', () => {
    const back = formToScenario(scenarioToForm(lighting, {}, 'de'), 'de');
    expect(back.problems).toEqual([]);
    const a = validateLccScenario(lighting);
    const b = validateLccScenario(back.scenario);
    expect(b.ok && a.ok && b.scenario).toEqual(a.ok && a.scenario);
  });

  it('reads "0,5 %" typed in Dutch as a fraction and reports unreadable numbers by path', () => {
    const form = scenarioToForm(lighting, {}, 'nl');
    form.values.discountRate = '0,5 %';
    form.offers[1]!.values['yearly.other'] = 'veel';
    const { scenario, problems } = formToScenario(form, 'nl');
    expect(scenario.discountRate).toBeCloseTo(0.005, 12);
    expect(problems).toEqual([{ path: 'offers.1.yearly.other', problem: 'notANumber' }]);
  });

  it('builds vehicle offers without energy and emissions', () => {
    const form = blankForm('en');
    form.offers = [blankOffer([], true)];
    form.offers[0]!.values['vehicle.consumptionPer100Km'] = '7.5';
    const { scenario } = formToScenario(form, 'en');
    const offer = scenario.offers[0]!;
    expect(offer.vehicle).toEqual({ category: 'M1', fuel: 'diesel', consumptionPer100Km: 7.5 });
    expect(offer.energy).toBeUndefined();
    // The method select starts at the Directive's original text; the unit prices are still empty.
    expect(scenario.cleanVehicles).toEqual({ method: 'directive-2009-33-ec' });
  });

  it('starts with two offers and the edition defaults', () => {
    const form = blankForm('de', { currency: 'SEK', discountRate: 0.035 });
    expect(form.offers).toHaveLength(2);
    expect(form.currency).toBe('SEK');
    expect(form.values.discountRate).toBe('3,5');
    expect(blankOffer(['offer-1', 'offer-2']).id).toBe('offer-3');
  });

  it('keeps the Clean Vehicles data of a vehicle preset through the form', () => {
    const vans: LccScenarioInput = {
      currency: 'EUR',
      periodYears: 8,
      discountRate: 0.03,
      cleanVehicles: {
        energyPricePerMJ: 0.03,
        co2PricePerKg: 0.04,
        noxPricePerG: 0.0044,
        nmhcPricePerG: 0.001,
        particulatesPricePerG: 0.087,
      },
      offers: [
        {
          id: 'diesel-van',
          acquisition: { purchase: 30000 },
          vehicle: { category: 'N1', fuel: 'diesel', consumptionPer100Km: 7.5, co2GPerKm: 195 },
        },
      ],
    };
    const form = scenarioToForm(vans, {}, 'nl');
    expect(form.values['cleanVehicles.noxPricePerG']).toBe('0,0044');
    const back = formToScenario(form, 'nl');
    const a = validateLccScenario(vans);
    const b = validateLccScenario(back.scenario);
    expect(b.ok && a.ok && b.scenario).toEqual(a.ok && a.scenario);
  });

  it('reads the payment timing and price basis selects, defaulting to year end and real prices', () => {
    const form = blankForm('en');
    expect(form.values.paymentTiming).toBe('end');
    form.values.paymentTiming = 'start';
    form.values.priceBasis = 'nominal';
    form.values.inflationRate = '2';
    const { scenario } = formToScenario(form, 'en');
    expect(scenario).toMatchObject({
      paymentTiming: 'start',
      priceBasis: 'nominal',
      inflationRate: 0.02,
    });
    const back = scenarioToForm(
      { ...scenario, paymentTiming: undefined, priceBasis: undefined },
      {},
      'en',
    );
    expect([back.values.paymentTiming, back.values.priceBasis]).toEqual(['end', 'real']);
  });

  it('reads a CO2 price table typed in Dutch, pollutants and an offer paid in advance', () => {
    const form = blankForm('nl');
    form.values.periodYears = '3';
    form.values.co2PricePerTonneByYear = '100; 110,5\n120';
    form.values['externalityPrices.noxPerKg'] = '10';
    const [first, second] = form.offers;
    first!.values['emissions.noxKgPerYear'] = '20';
    first!.values.paymentTiming = 'start';
    const { scenario, problems } = formToScenario(form, 'nl');
    expect(problems).toEqual([]);
    expect(scenario.co2PricePerTonneByYear).toEqual([100, 110.5, 120]);
    expect(scenario.externalityPrices).toEqual({ noxPerKg: 10 });
    expect(scenario.offers[0]).toMatchObject({
      paymentTiming: 'start',
      emissions: { noxKgPerYear: 20 },
    });
    // "As set for all offers" leaves the field out, so the scenario's timing applies.
    expect(second!.values.paymentTiming).toBe('inherit');
    expect(scenario.offers[1]).not.toHaveProperty('paymentTiming');
    expect(validateLccScenario(scenario).ok).toBe(true);
    const back = scenarioToForm(scenario, {}, 'nl');
    expect(back.values.co2PricePerTonneByYear).toBe('100; 110,5; 120');
    expect(back.offers[1]?.values.paymentTiming).toBe('inherit');
  });

  it('reports a CO2 price table with a word in it as not a number', () => {
    const form = blankForm('en');
    form.values.co2PricePerTonneByYear = '100; lots';
    expect(formToScenario(form, 'en').problems).toEqual([
      { path: 'co2PricePerTonneByYear', problem: 'notANumber' },
    ]);
  });

  it('reads one-off revenues beside the yearly revenue and reports an unreadable one by its path', () => {
    const form = blankForm('en');
    const offer = form.offers[0]!;
    offer.values['revenues.perYear'] = '100';
    offer.revenueItems = [
      { key: 1, year: '20', amount: '2,500', category: 'revenue', label: 'Scrap' },
    ];
    const { scenario, problems } = formToScenario(form, 'en');
    expect(problems).toEqual([]);
    expect(scenario.offers[0]?.revenues).toEqual({
      perYear: 100,
      items: [{ year: 20, amount: 2500, label: 'Scrap' }],
    });
    expect(scenarioToForm(scenario, {}, 'en').offers[0]?.revenueItems).toMatchObject([
      { year: '20', amount: '2500', label: 'Scrap' },
    ]);
    offer.revenueItems[0]!.amount = 'much';
    expect(formToScenario(form, 'en').problems).toEqual([
      { path: 'offers.0.revenues.items.0.amount', problem: 'notANumber' },
    ]);
  });
});
