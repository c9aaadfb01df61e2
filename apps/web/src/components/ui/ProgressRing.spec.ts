// @vitest-environment jsdom
import { mount } from '@vue/test-utils';
import { i18n, setLocale, useFeatureMessages } from '../../i18n';
import ProgressRing from './ProgressRing.vue';

const global = { plugins: [i18n] };

describe('progress ring', () => {
  beforeAll(() => useFeatureMessages(['learning']));
  afterEach(() => setLocale('en'));

  it('is a labelled progressbar that states the figure in words and in the middle', () => {
    const ring = mount(ProgressRing, { props: { fraction: 0.426, label: 'Module 2' }, global });
    const bar = ring.get('[role="progressbar"]');
    expect(bar.attributes()).toMatchObject({
      'aria-label': 'Module 2',
      'aria-valuemin': '0',
      'aria-valuemax': '100',
      'aria-valuenow': '42',
      'aria-valuetext': '42% done',
    });
    expect(ring.get('.ui-ring__text').text()).toBe('42%');
    expect(ring.get('svg').attributes('aria-hidden')).toBe('true');
    expect(ring.get('.ui-ring__value').attributes('stroke-dasharray')).toBe('42 58');
  });

  it('clamps out-of-range fractions and sizes itself', () => {
    const full = mount(ProgressRing, { props: { fraction: 1.2, label: 'All', size: 64 }, global });
    expect(full.get('[role="progressbar"]').attributes('aria-valuenow')).toBe('100');
    expect(full.get('[role="progressbar"]').attributes('style')).toContain('width: 64px');
    const none = mount(ProgressRing, { props: { fraction: -1, label: 'None' }, global });
    expect(none.get('.ui-ring__text').text()).toBe('0%');
  });
});
