/** Interface languages the web app ships; the first is the default. */
export const supportedLocales = ['en', 'nl', 'de'] as const;
export type SupportedLocale = (typeof supportedLocales)[number];
