import { useI18n } from 'petite-vue-i18n';

/**
 * Formats a number in the interface language (Intl.NumberFormat with these options), as vue-i18n's
 * `n` did; petite-vue-i18n, which the app uses for its smaller size, has no number formatting.
 * Reading the locale inside the call keeps a template that uses it reactive to a language switch.
 */
export function useNumberFormat(): (value: number, options?: Intl.NumberFormatOptions) => string {
  const { locale } = useI18n();
  return (value, options) => new Intl.NumberFormat(locale.value, options).format(value);
}
