import type { CombinedError } from '@urql/core';
import type { PreviewParticipantImportQuery } from '../graphql/generated';

type Preview = PreviewParticipantImportQuery['previewParticipantImport'];

export interface ImportProblemLine {
  line: number;
  field: string;
  message: string;
}

/** One row of the preview table: the person, and every problem of that line. */
export interface ImportTableRow {
  line: number;
  email: string;
  name: string;
  organisation: string;
  language: string;
  ok: boolean;
  problems: ImportProblemLine[];
}

export interface ImportTable {
  rows: ImportTableRow[];
  /** Problems of the whole file (header, size, free places). */
  fileProblems: ImportProblemLine[];
  problemCount: number;
  okCount: number;
  /** Importing is offered only when nothing is wrong. */
  canImport: boolean;
}

/** Maps the API's preview to the table the host reads: rows by line, problem rows first. */
export function importTable(preview: Preview): ImportTable {
  const rows = preview.rows
    .map((r) => ({
      line: r.line,
      email: r.email,
      name: r.name,
      organisation: r.organisation ?? '',
      language: r.language,
      ok: r.problems.length === 0,
      problems: r.problems.map((p) => ({ line: p.line, field: p.field, message: p.message })),
    }))
    .sort((a, b) => Number(a.ok) - Number(b.ok) || a.line - b.line);
  const problemCount =
    preview.fileProblems.length + rows.reduce((n, r) => n + r.problems.length, 0);
  return {
    rows,
    fileProblems: preview.fileProblems.map((p) => ({
      line: p.line,
      field: p.field,
      message: p.message,
    })),
    problemCount,
    okCount: rows.filter((r) => r.ok).length,
    canImport: preview.valid && problemCount === 0 && rows.length > 0,
  };
}

/** The problems a refused import sends in `extensions.problems` (someone changed data in between). */
export function importProblemsFromError(error: CombinedError | undefined): ImportProblemLine[] {
  const raw = error?.graphQLErrors[0]?.extensions?.problems;
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((p: unknown) => {
    if (typeof p !== 'object' || p === null) return [];
    const { line, field, message } = p as Record<string, unknown>;
    return typeof line === 'number' && typeof message === 'string'
      ? [{ line, field: typeof field === 'string' ? field : '', message }]
      : [];
  });
}

/** Reads an uploaded CSV as text without its byte order mark; spreadsheets add one. */
export async function readCsvFile(file: Blob): Promise<string> {
  return (await file.text()).replace(/^\uFEFF/, '');
}
