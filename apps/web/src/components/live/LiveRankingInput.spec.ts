// @vitest-environment jsdom
import { mount } from '@vue/test-utils';
import { i18n, useFeatureMessages } from '../../i18n';
import LiveRankingInput from './LiveRankingInput.vue';

const options = [
  { id: 'o1', label: 'Refuse' },
  { id: 'o2', label: 'Reuse' },
  { id: 'o3', label: 'Recycle' },
];

describe('ordering options for a live ranking', () => {
  beforeAll(() => useFeatureMessages(['live']));
  it('moves an option with labelled buttons and says where it went', async () => {
    const input = mount(LiveRankingInput, {
      props: {
        options,
        modelValue: ['o1', 'o2', 'o3'],
        'onUpdate:modelValue': (order: string[]) => input.setProps({ modelValue: order }),
      },
      global: { plugins: [i18n] },
    });
    const up = input.get('button[aria-label="Move “Recycle” up"]');
    await up.trigger('click');
    expect(input.findAll('.live-ranking-input__label').map((l) => l.text())).toEqual([
      'Refuse',
      'Recycle',
      'Reuse',
    ]);
    expect(input.get('[role="status"]').text()).toBe('“Recycle” is now number 2.');
    // The first option cannot go up, the last cannot go down.
    expect(input.get('button[aria-label="Move “Refuse” up"]').attributes('disabled')).toBeDefined();
    expect(
      input.get('button[aria-label="Move “Reuse” down"]').attributes('disabled'),
    ).toBeDefined();
  });
});
