export {
  COMMA,
  CsvSyntaxError,
  csvFormatFor,
  parseCsv,
  SEMICOLON,
  toCsv,
  type CsvFormat,
  type CsvRecord,
  type CsvValue,
  type CsvWriteOptions,
} from './csv.js';
