import { csvCell, parseCsv, toCsv } from './csv.js';

describe('CSV parsing', () => {
  it('reads comma-separated text with a BOM, quotes, doubled quotes and CRLF', () => {
    const rows = parseCsv('\uFEFFemail,name\r\na@x.test,"Doe, ""Jo"""\r\n\r\nb@x.test,Bea\r\n');
    expect(rows).toEqual([
      { line: 1, fields: ['email', 'name'] },
      { line: 2, fields: ['a@x.test', 'Doe, "Jo"'] },
      { line: 4, fields: ['b@x.test', 'Bea'] },
    ]);
  });

  it('detects semicolons and keeps line numbers right across quoted line breaks', () => {
    const rows = parseCsv('email;name;organisation\na@x.test;"Two\nlines";Gemeente, Utrecht\nb@x.test;B;');
    expect(rows).toEqual([
      { line: 1, fields: ['email', 'name', 'organisation'] },
      { line: 2, fields: ['a@x.test', 'Two\nlines', 'Gemeente, Utrecht'] },
      { line: 4, fields: ['b@x.test', 'B', ''] },
    ]);
  });
});

describe('CSV writing', () => {
  it('neutralises formulas and quotes what needs quoting', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+31 6')).toBe("'+31 6");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@me')).toBe("'@me");
    expect(csvCell(-1)).toBe('-1'); // numbers are data, not formulas
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell(null)).toBe('');
  });

  it('starts with a BOM and ends lines with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('\uFEFFa,b\r\n1,x\r\n');
  });
});
