// @vitest-environment jsdom
import { mount } from '@vue/test-utils';
import { i18n, setLocale, useFeatureMessages } from '../../i18n';
import Badge from './Badge.vue';
import Callout from './Callout.vue';
import Card from './Card.vue';
import EmptyState from './EmptyState.vue';
import Notice from './Notice.vue';
import ProgressBar from './ProgressBar.vue';
import Skeleton from './Skeleton.vue';

const global = { plugins: [i18n] };

describe('interface components', () => {
  beforeAll(() => useFeatureMessages(['learning']));
  afterEach(() => setLocale('en'));

  it('gives each callout kind its own icon and says the kind in words', async () => {
    const warning = mount(Callout, {
      props: { kind: 'warning' },
      slots: { default: 'Mind it' },
      global,
    });
    const tip = mount(Callout, { props: { kind: 'tip', title: 'Ask early' }, global });
    const iconOf = (w: typeof warning) => w.get('svg').classes().join(' ');
    expect(iconOf(warning)).toContain('lucide-triangle-alert');
    expect(iconOf(tip)).toContain('lucide-lightbulb');
    expect(warning.get('svg').attributes('aria-hidden')).toBe('true');
    expect(warning.get('.ui-callout__title').text()).toBe('Warning');
    expect(warning.text()).toContain('Mind it');
    // With a title, the kind is still read out, before the title.
    expect(tip.get('.visually-hidden').text()).toBe('Tip:');
    expect(tip.get('.ui-callout__title').text()).toBe('Tip: Ask early');
    await setLocale('de');
    expect(mount(Callout, { props: { kind: 'warning' }, global }).text()).toBe('Warnung');
  });

  it('marks an error notice as such and keeps the icon out of the accessibility tree', () => {
    const n = mount(Notice, {
      props: { kind: 'error' },
      attrs: { role: 'alert' },
      slots: { default: 'Failed' },
      global,
    });
    expect(n.classes()).toEqual(expect.arrayContaining(['notice', 'notice--error']));
    expect(n.attributes('role')).toBe('alert');
    expect(n.get('svg').attributes('aria-hidden')).toBe('true');
    expect(n.text()).toBe('Failed');
  });

  it('states progress in words as well as by length', () => {
    const p = mount(ProgressBar, { props: { fraction: 0.25, label: 'Course' }, global });
    expect(p.get('progress').attributes('value')).toBe('25');
    expect(p.get('label').attributes('for')).toBe(p.get('progress').attributes('id'));
    expect(p.text()).toContain('25%');
  });

  it('announces loading once and hides the placeholder shapes', () => {
    const s = mount(Skeleton, { props: { lines: 2, blocks: 3 }, global });
    expect(s.attributes('role')).toBe('status');
    expect(s.get('.visually-hidden').text()).toBe('Loading…');
    expect(s.findAll('.skeleton__line')).toHaveLength(2);
    expect(s.findAll('.skeleton__block')).toHaveLength(3);
    expect(s.get('[aria-hidden="true"]').element.contains(s.get('.skeleton__line').element)).toBe(
      true,
    );
  });

  it('renders cards, badges and empty states with the given semantics', () => {
    const card = mount(Card, {
      props: { as: 'article', accent: true },
      slots: { default: '<h3>T</h3>' },
    });
    expect(card.element.tagName).toBe('ARTICLE');
    expect(card.classes()).toContain('card--accent');
    expect(
      mount(Badge, { props: { tone: 'warning' }, slots: { default: 'Draft' } }).classes(),
    ).toContain('badge--warning');
    expect(mount(Badge, { props: { tone: 'neutral' } }).classes()).toEqual(['badge']);
    const empty = mount(EmptyState, {
      props: { title: 'No cohorts yet' },
      slots: { default: '<p>Create one</p>' },
    });
    expect(empty.get('.empty-state__title').text()).toBe('No cohorts yet');
    expect(empty.get('svg').attributes('aria-hidden')).toBe('true');
  });
});
