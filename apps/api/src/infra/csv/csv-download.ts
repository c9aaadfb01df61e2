import type { FastifyReply } from 'fastify';
import { COMMA, csvFormatFor, SEMICOLON, type CsvFormat } from './csv.js';

/**
 * The spreadsheet format of the reader's language, unless they chose one with
 * `?separator=comma|semicolon`.
 */
export function chosenCsvFormat(choice: unknown, locale: string): CsvFormat {
  return choice === 'comma' ? COMMA : choice === 'semicolon' ? SEMICOLON : csvFormatFor(locale);
}

/** Marks the reply as a private CSV download named `filename`, never stored by caches. */
export function csvDownload(reply: FastifyReply, filename: string): void {
  void reply.headers({
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${filename}"`,
    'cache-control': 'private, no-store',
  });
}
