// @vitest-environment jsdom
import { mount } from '@vue/test-utils';
import { i18n, setLocale } from '../i18n';
import FallbackNotice from './FallbackNotice.vue';

const info = (
  over: Partial<{
    fellBack: boolean;
    outdated: boolean;
    unreviewed: boolean;
    requestedLocale: string;
    shownLocale: string;
  }>,
) => ({
  fellBack: false,
  outdated: false,
  unreviewed: false,
  requestedLocale: 'nl',
  shownLocale: 'nl',
  ...over,
});

describe('FallbackNotice', () => {
  afterEach(() => setLocale('en'));

  it('names both languages when a lesson falls back', async () => {
    const en = mount(FallbackNotice, {
      props: { info: info({ fellBack: true, shownLocale: 'en' }), subject: 'lesson' },
      global: { plugins: [i18n] },
    });
    expect(en.text()).toBe(
      'This lesson is shown in English because the Dutch translation is missing.',
    );
    await setLocale('nl');
    const nl = mount(FallbackNotice, {
      props: { info: info({ fellBack: true, shownLocale: 'en' }), subject: 'lesson' },
      global: { plugins: [i18n] },
    });
    expect(nl.text()).toBe(
      'Deze les wordt in het Engels getoond, omdat de vertaling in het Nederlands ontbreekt.',
    );
  });

  it('warns about an outdated translation, and says nothing for a current one', () => {
    const outdated = mount(FallbackNotice, {
      props: { info: info({ outdated: true }) },
      global: { plugins: [i18n] },
    });
    expect(outdated.text()).toContain('The Dutch translation may be out of date');
    const current = mount(FallbackNotice, {
      props: { info: info({}) },
      global: { plugins: [i18n] },
    });
    expect(current.find('p').exists()).toBe(false);
  });

  it('notes discreetly when no native-speaking expert has reviewed the translation yet', () => {
    const note = mount(FallbackNotice, {
      props: { info: info({ unreviewed: true }) },
      global: { plugins: [i18n] },
    });
    expect(note.find('p.translation-unreviewed').text()).toBe(
      'The Dutch translation has not yet been reviewed by a native-speaking procurement expert.',
    );
    expect(note.find('.notice').exists()).toBe(false);
  });
});
