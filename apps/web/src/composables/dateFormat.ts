/**
 * The web app's one way to format dates and times. European conventions in every interface
 * language, English included: day-month-year and the 24-hour clock (en → en-GB), as EU public
 * bodies write them.
 */
export function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const withTime = options.timeStyle !== undefined || options.hour !== undefined;
  return new Intl.DateTimeFormat(
    locale === 'en' ? 'en-GB' : locale,
    withTime ? { hourCycle: 'h23', ...options } : options,
  );
}
