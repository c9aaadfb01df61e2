// @vitest-environment jsdom
import { mount } from '@vue/test-utils';
import { i18n, setLocale, useFeatureMessages } from '../i18n';
import LccFuelPriceHelper from './LccFuelPriceHelper.vue';

function mountHelper() {
  const updates: (string | undefined)[] = [];
  const wrapper = mount(LccFuelPriceHelper, {
    props: {
      prefix: 'lcc',
      currency: 'EUR',
      modelValue: '',
      'onUpdate:modelValue': (v: string | undefined) => updates.push(v),
    },
    global: { plugins: [i18n] },
  });
  return { wrapper, updates };
}

describe('Clean Vehicles energy price from fuel prices', () => {
  beforeAll(() => useFeatureMessages(['lcc']));
  afterEach(() => setLocale('en'));

  // Hand-checked: petrol 1.30 / 32 = 0.040625 €/MJ, diesel 1.40 / 36 = 0.038889 €/MJ: diesel is lower.
  it('fills the energy price with diesel at 1.40 a litre: 0.038889 a MJ (hand-checked)', async () => {
    const { wrapper, updates } = mountHelper();
    await wrapper.find('#lcc-fuelPrices-petrol').setValue('1.30');
    await wrapper.find('#lcc-fuelPrices-diesel').setValue('1.40');
    await wrapper.find('button.button').trigger('click');
    expect(updates).toEqual(['0.038889']);
    expect(wrapper.find('[role="status"]').text()).toBe(
      'Energy price set from Diesel: 0.038889 EUR per MJ.',
    );
  });

  it('refuses a missing price in Dutch and leaves the energy price alone', async () => {
    await setLocale('nl');
    const { wrapper, updates } = mountHelper();
    await wrapper.find('#lcc-fuelPrices-petrol').setValue('1,30');
    await wrapper.find('button.button').trigger('click');
    expect(updates).toEqual([]);
    expect(wrapper.text()).toContain('Vul beide prijzen per liter in, groter dan 0');
  });
});
