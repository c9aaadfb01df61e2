import { ErrorCode } from '../../common/errors.js';
import { parseCsv, SEMICOLON, toCsv } from './csv.js';

// The CSV rules themselves are specified in libs/tabular; these check what the cohort code adds.
describe('cohort CSV', () => {
  it('writes exports with a BOM, CRLF and the chosen format', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('\uFEFFa,b\r\n1,x\r\n');
    expect(toCsv(['name', 'score'], [['Van Dam; Eva', 0.75]], SEMICOLON)).toBe(
      '\uFEFFname;score\r\n"Van Dam; Eva";0,75\r\n',
    );
  });

  it('reads an uploaded participant list with line numbers', () => {
    expect(parseCsv('\uFEFFemail;name\r\na@x.test;"Doe; Jo"\r\n')).toEqual([
      { line: 1, fields: ['email', 'name'] },
      { line: 2, fields: ['a@x.test', 'Doe; Jo'] },
    ]);
  });

  it('refuses text that is not CSV as bad input naming the line', () => {
    let error: unknown;
    try {
      parseCsv('email,name\n"a@x.test,A\nb@x.test,B\n');
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({
      message: expect.stringMatching(/^The file is not valid CSV: line 2: a quoted field/),
      extensions: {
        code: ErrorCode.BadUserInput,
        fields: [{ field: 'csv', message: expect.stringMatching(/^Line 2: a quoted field/) }],
      },
    });
  });
});
