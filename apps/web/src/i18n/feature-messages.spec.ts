// @vitest-environment jsdom
import { afterAll, describe, expect, it } from 'vitest';
import cohortsDe from './features/cohorts.de.json';
import lccEn from './features/lcc.en.json';
import lccNl from './features/lcc.nl.json';
import { i18n, setLocale, te, useFeatureMessages } from '.';

const t = (key: string) => i18n.global.t(key);

describe('feature strings loaded with the routes that use them', () => {
  afterAll(() => setLocale('en'));

  it('are not part of the start-up messages, and arrive when a route asks for them', async () => {
    expect(te('lcc.title', 'en')).toBe(false);
    await useFeatureMessages(['lcc']);
    expect(t('lcc.title')).toBe(lccEn.lcc.title);
  });

  it('come along when the language changes', async () => {
    await setLocale('nl');
    expect(t('lcc.title')).toBe(lccNl.lcc.title);
  });

  it('load in the language being switched to when a route asks while it loads', async () => {
    const switching = setLocale('de');
    await useFeatureMessages(['cohorts']);
    await switching;
    expect(t('cohorts.host.title')).toBe(cohortsDe.cohorts.host.title);
    expect(te('cohorts.host.title', 'nl')).toBe(false);
  });
});
