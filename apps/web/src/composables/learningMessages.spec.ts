import { createI18n } from 'petite-vue-i18n';
import { interfaceLocales, pluralRule } from '../i18n';

const files = import.meta.glob<{ default: Record<string, unknown> }>(
  '../i18n/features/learning.*.json',
  { eager: true },
);
const messages = Object.fromEntries(
  interfaceLocales.map((l) => [l, files[`../i18n/features/learning.${l}.json`]!.default]),
);
const pluralRules = Object.fromEntries(interfaceLocales.map((l) => [l, pluralRule(l)]));
const i18n = createI18n<[Record<string, unknown>], string, false>({
  legacy: false,
  locale: 'en',
  messages,
  pluralRules,
});
const { t } = i18n.global;

describe('learning strings', () => {
  it('resolves keys with hyphens (next-step kinds come from the API)', () => {
    expect(t('learning.step.final-assessment')).toBe('Take the final assessment');
    i18n.global.locale.value = 'nl';
    expect(t('learning.step.final-assessment')).toBe('Maak de eindtoets');
    i18n.global.locale.value = 'en';
  });

  it.each(interfaceLocales)('has singular and plural forms in %s', (locale) => {
    i18n.global.locale.value = locale;
    const one = t('learning.result.attemptsLeft', { count: 1 }, 1);
    const two = t('learning.result.attemptsLeft', { count: 2 }, 2);
    const none = t('learning.result.attemptsLeft', { count: 0 }, 0);
    expect(new Set([one, two, none]).size).toBe(3);
    expect(two).toContain('2');
    expect(t('learning.timer.left.minutes', { count: 5 }, 5)).toContain('5');
    expect(t('learning.quiz.unansweredWarning', { count: 3 }, 3)).toContain('3');
    i18n.global.locale.value = 'en';
  });
});
