// The browser builds of csv-parse and csv-stringify: the same code runs in Node (API, tests)
// and in the web app's Vite bundle, with no Node built-ins.
import { CsvError, parse } from 'csv-parse/browser/esm/sync';
import { stringify } from 'csv-stringify/browser/esm/sync';

export type CsvValue = string | number | boolean | null | undefined;

/** How a spreadsheet program reads CSV: its list separator and decimal mark. */
export interface CsvFormat {
  delimiter: ',' | ';';
  decimal: '.' | ',';
}
export const COMMA: CsvFormat = { delimiter: ',', decimal: '.' };
export const SEMICOLON: CsvFormat = { delimiter: ';', decimal: ',' };

/**
 * The format a spreadsheet expects in a language: where numbers are written with a decimal
 * comma (nl, de, fr, it, bg, fi, nb …), Excel and LibreOffice separate fields with a semicolon;
 * where they use a decimal point (en), with a comma.
 */
export function csvFormatFor(locale: string): CsvFormat {
  let decimal: string | undefined;
  try {
    decimal = new Intl.NumberFormat(locale)
      .formatToParts(1.5)
      .find((p) => p.type === 'decimal')?.value;
  } catch {
    return COMMA; // not a BCP 47 tag
  }
  return decimal === ',' ? SEMICOLON : COMMA;
}

export interface CsvWriteOptions {
  format?: CsvFormat;
  /** Start with a UTF-8 byte order mark, so Excel reads the file as UTF-8. */
  bom?: boolean;
  /** Write numbers rounded to this many decimals (e.g. 2 for money); default: as they are. */
  fractionDigits?: number;
}

/** Spreadsheets run cells starting with these as formulas; a leading quote makes them text. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Text holding either separator is quoted, so it survives being opened with the other one. */
const NEEDS_QUOTES = /[",;\r\n]/;

/**
 * Rows as CSV with CRLF line ends (and a final one), as spreadsheets write it. Text that a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe;
 * numbers are data and are never changed that way. An empty row is an empty line.
 */
export function toCsv(
  rows: readonly (readonly CsvValue[])[],
  options: CsvWriteOptions = {},
): string {
  const { format = COMMA, bom = false, fractionDigits } = options;
  const number = (value: number): string => {
    const text =
      fractionDigits === undefined
        ? String(value)
        : (Math.round(value * 10 ** fractionDigits) / 10 ** fractionDigits).toFixed(fractionDigits);
    return format.decimal === ',' ? text.replace('.', ',') : text;
  };
  return stringify(
    rows.map((r) => [...r]),
    {
      delimiter: format.delimiter,
      record_delimiter: 'windows',
      bom,
      cast: {
        number,
        boolean: (value) => String(value),
        string: (value) => {
          const text = FORMULA_START.test(value) ? `'${value}` : value;
          return NEEDS_QUOTES.test(text) ? { value: text, quoted: true } : text;
        },
      },
    },
  );
}

/** A parsed CSV record with the 1-based line number it started on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** The text is not CSV a spreadsheet would read (e.g. a quote that is never closed). */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    detail: string,
  ) {
    super(`line ${line}: ${detail}`);
  }
}

/**
 * Reads what spreadsheets actually produce: a UTF-8 BOM, `,` or `;` between fields (the header
 * line decides, unless `delimiter` is given), CRLF, LF or CR line ends, even mixed, quoted fields
 * with doubled quotes and line breaks, rows of different lengths. A quote inside an unquoted
 * field is kept as text. Blank lines are skipped; line numbers count them.
 */
export function parseCsv(text: string, options: { delimiter?: ',' | ';' } = {}): CsvRecord[] {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let lastLine = 0; // the line the previous record ended on
  try {
    parse(input, {
      delimiter: options.delimiter ?? detectDelimiter(input),
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      on_record: (fields: string[], context) => {
        const line = lastLine + 1;
        lastLine = context.lines;
        if (!(fields.length === 1 && fields[0]!.trim() === '')) records.push({ line, fields });
        return null; // collected here, with the line it started on
      },
    });
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    const detail =
      e.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'a quoted field is never closed (a stray " at the start of a field?)'
        : e.message;
    throw new CsvSyntaxError(lastLine + 1, detail);
  }
  return records;
}

/** Whichever of `;` and `,` occurs more outside quotes on the first line (ties: comma). */
function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}
