/** The decimal and grouping marks of a locale, as Intl writes them (e.g. nl: "," and "."). */
export function numberMarks(locale: string): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const group = parts.find((p) => p.type === 'group')?.value ?? (decimal === ',' ? '.' : ',');
  return { decimal, group };
}

const SPACES = /[\s\u00a0\u202f']/g;

/**
 * Reads a number as a learner of this locale writes it: "7.894,09" in nl/de, "7,894.09" in en.
 * Also accepts the plain form ("7894.09" is read as a decimal in every locale when it cannot be
 * a grouping). Returns null for anything that is not clearly one number.
 */
export function parseLocaleNumber(input: string, locale: string): number | null {
  const { decimal } = numberMarks(locale);
  let text = input
    .trim()
    .replace(SPACES, '')
    .replace(/^[\u2212\u2013]/, '-');
  if (!/^[-+]?[\d.,]+$/.test(text) || !/\d/.test(text)) return null;
  const sign = text.startsWith('-') ? -1 : 1;
  text = text.replace(/^[-+]/, '');
  const group = decimal === ',' ? '.' : ',';
  const hasDecimal = text.includes(decimal);
  const hasGroup = text.includes(group);
  let integer = text;
  let fraction = '';
  if (hasDecimal) {
    if (text.split(decimal).length > 2) return null;
    [integer = '', fraction = ''] = text.split(decimal);
    if (fraction.includes(group) || fraction === '') return null;
  }
  if (hasGroup) {
    const groups = integer.split(group);
    const grouped =
      groups.slice(1).every((g) => g.length === 3) &&
      groups[0]!.length >= 1 &&
      groups[0]!.length <= 3;
    if (grouped) integer = groups.join('');
    // "7.5" in nl: a grouping mark that cannot be one is read as the decimal point people meant.
    else if (!hasDecimal && groups.length === 2 && groups[0] !== '' && groups[1] !== '')
      [integer, fraction] = groups as [string, string];
    else return null;
  }
  if (!/^\d*$/.test(integer) || !/^\d*$/.test(fraction) || (integer === '' && fraction === ''))
    return null;
  const value = Number(`${integer || '0'}.${fraction || '0'}`);
  return Number.isFinite(value) ? sign * value : null;
}

/** Writes a number the way the learner reads it (grouping and decimal marks of the locale). */
export function formatLocaleNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 10 }).format(value);
}
