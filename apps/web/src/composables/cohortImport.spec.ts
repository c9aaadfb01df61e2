import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { importProblemsFromError, importTable, readCsvFile } from './cohortImport';

const row = (line: number, email: string, problems: { field: string; message: string }[] = []) => ({
  line,
  email,
  name: `P${line}`,
  organisation: line === 2 ? 'City of Utrecht' : null,
  language: 'en',
  problems: problems.map((p) => ({ line, ...p })),
});

describe('participant import preview table', () => {
  it('lists problem rows first, keeps every problem with its line and field', () => {
    const table = importTable({
      valid: false,
      fileProblems: [],
      rows: [
        row(2, 'a@x.org'),
        row(3, 'b@x.org'),
        row(4, 'not-an-email', [
          { field: 'email', message: 'not valid' },
          { field: 'language', message: 'unknown' },
        ]),
      ],
    });
    expect(table.rows.map((r) => r.line)).toEqual([4, 2, 3]);
    expect(table.rows[0]!.problems).toEqual([
      { line: 4, field: 'email', message: 'not valid' },
      { line: 4, field: 'language', message: 'unknown' },
    ]);
    expect(table.rows[1]!.organisation).toBe('City of Utrecht');
    expect(table.rows[2]!.organisation).toBe('');
    expect(table.problemCount).toBe(2);
    expect(table.okCount).toBe(2);
    expect(table.canImport).toBe(false);
  });

  it('offers the import only when the file and every row are fine', () => {
    expect(
      importTable({ valid: true, fileProblems: [], rows: [row(2, 'a@x.org')] }).canImport,
    ).toBe(true);
    expect(importTable({ valid: true, fileProblems: [], rows: [] }).canImport).toBe(false);
    const full = importTable({
      valid: false,
      fileProblems: [{ line: 1, field: 'file', message: '3 free places' }],
      rows: [row(2, 'a@x.org')],
    });
    expect(full.canImport).toBe(false);
    expect(full.problemCount).toBe(1);
    expect(full.fileProblems).toEqual([{ line: 1, field: 'file', message: '3 free places' }]);
  });

  it('reads the problems of a refused import from the error extensions', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('nothing imported', {
          extensions: {
            code: 'BAD_USER_INPUT',
            problems: [{ line: 5, field: 'email', message: 'taken' }, { bad: true }],
          },
        }),
      ],
    });
    expect(importProblemsFromError(error)).toEqual([{ line: 5, field: 'email', message: 'taken' }]);
    expect(importProblemsFromError(undefined)).toEqual([]);
  });

  it('drops the byte order mark of uploaded files', async () => {
    expect(await readCsvFile(new Blob(['\uFEFFemail,name\n']))).toBe('email,name\n');
  });
});
