/** A parsed CSV record with the 1-based line number it started on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** Picks the delimiter of the header line: whichever of `;` and `,` occurs more outside quotes. */
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

/**
 * RFC 4180 parsing with what spreadsheets actually produce: a UTF-8 BOM, `;` as separator
 * (Dutch and German Excel), CRLF or LF, quoted fields with doubled quotes and line breaks.
 * Blank lines are skipped.
 */
export function parseCsv(input: string): CsvRecord[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0]!.trim() === ''))
      records.push({ line: startLine, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      startLine = line;
    } else field += ch;
  }
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

/** Spreadsheets run cells starting with these as formulas; a leading quote makes them text. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(
  value: string | number | boolean | null | undefined,
  format: CsvFormat = COMMA,
): string {
  if (value === null || value === undefined) return '';
  let text =
    typeof value === 'number' && format.decimal === ','
      ? String(value).replace('.', ',')
      : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  // Text is quoted whenever it holds either separator; a number only when it holds this one.
  const needsQuotes =
    typeof value === 'number' ? text.includes(format.delimiter) : /[",;\r\n]/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** How a spreadsheet program reads CSV: its list separator and decimal mark. */
export interface CsvFormat {
  delimiter: ',' | ';';
  decimal: '.' | ',';
}
export const COMMA: CsvFormat = { delimiter: ',', decimal: '.' };
export const SEMICOLON: CsvFormat = { delimiter: ';', decimal: ',' };

/**
 * The format a spreadsheet expects in a language: English spreadsheets use a comma and a decimal
 * point; in the academy's other languages (nl, de, fr, it, bg, fi, nb) Excel and LibreOffice use a
 * decimal comma, and so a semicolon between fields.
 */
export function csvFormatFor(locale: string): CsvFormat {
  return locale.toLowerCase().split('-')[0] === 'en' ? COMMA : SEMICOLON;
}

/** UTF-8 with BOM and CRLF, so Excel opens it with the right encoding. */
export function toCsv(
  header: string[],
  rows: (string | number | boolean | null | undefined)[][],
  format: CsvFormat = COMMA,
): string {
  const line = (r: (string | number | boolean | null | undefined)[]) =>
    r.map((v) => csvCell(v, format)).join(format.delimiter);
  return '\uFEFF' + [header, ...rows].map(line).join('\r\n') + '\r\n';
}
