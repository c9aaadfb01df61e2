import {
  COMMA,
  CsvSyntaxError,
  parseCsv as parseCsvText,
  toCsv as toCsvText,
  type CsvFormat,
  type CsvRecord,
  type CsvValue,
} from '@academy/tabular';
import { badInput } from '../../common/errors.js';

// CSV itself (separators, quoting, formula defusing, parsing) lives in @academy/tabular, shared
// with the web app; this file adapts it to the cohort exports and the participant import.
export { COMMA, csvFormatFor, SEMICOLON, type CsvFormat, type CsvRecord } from '@academy/tabular';

/** A participant list as records; text that is not CSV is a bad input naming the line. */
export function parseCsv(input: string): CsvRecord[] {
  try {
    return parseCsvText(input);
  } catch (e) {
    if (!(e instanceof CsvSyntaxError)) throw e;
    throw badInput(`The file is not valid CSV: ${e.message}.`, [
      { field: 'csv', message: `Line ${e.line}: ${e.message.replace(/^line \d+: /, '')}` },
    ]);
  }
}

/** An export: UTF-8 with BOM and CRLF, so Excel opens it with the right encoding. */
export function toCsv(header: string[], rows: CsvValue[][], format: CsvFormat = COMMA): string {
  return toCsvText([header, ...rows], { format, bom: true });
}
