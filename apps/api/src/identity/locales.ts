import { interfaceLocales } from '@academy/locales';

/** Interface languages the web app ships (the @academy/locales registry); the first is the default. */
export const supportedLocales = interfaceLocales;
export type SupportedLocale = (typeof supportedLocales)[number];
