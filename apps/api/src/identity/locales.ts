/** Interface languages the web app ships; the first is the default. */
export const supportedLocales = ['en', 'nl', 'de', 'fr', 'it', 'bg', 'fi', 'nb'] as const;
export type SupportedLocale = (typeof supportedLocales)[number];
