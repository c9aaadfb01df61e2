import { COMMA, CsvSyntaxError, csvFormatFor, parseCsv, SEMICOLON, toCsv } from './csv.js';

describe('CSV format of a language', () => {
  it('uses a semicolon where numbers have a decimal comma, a comma elsewhere', () => {
    for (const locale of ['nl', 'de', 'fr', 'it', 'bg', 'fi', 'nb', 'nl-BE', 'de-AT'])
      expect(csvFormatFor(locale), locale).toEqual(SEMICOLON);
    for (const locale of ['en', 'en-GB', 'ja', 'de-CH'])
      expect(csvFormatFor(locale), locale).toEqual(COMMA);
  });

  it('falls back to comma for something that is not a language tag', () => {
    expect(csvFormatFor('not a locale!')).toEqual(COMMA);
  });
});

describe('CSV writing', () => {
  it('neutralises formulas in text, never in numbers, and quotes what needs quoting', () => {
    const cells = (value: string | number | null) => toCsv([[value]]).slice(0, -2);
    expect(cells('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(cells('+31 6')).toBe("'+31 6");
    expect(cells('-1')).toBe("'-1");
    expect(cells('@me')).toBe("'@me");
    expect(cells('\tTAB')).toBe("'\tTAB");
    expect(cells(-1)).toBe('-1');
    expect(cells(null)).toBe('');
  });

  it('quotes text holding either separator or a line break, so it survives either reading', () => {
    expect(toCsv([['a;b', 'c,d', 'two\nlines', 'plain']])).toBe(
      '"a;b","c,d","two\nlines",plain\r\n',
    );
    expect(toCsv([['a;b', 'c,d']], { format: SEMICOLON })).toBe('"a;b";"c,d"\r\n');
  });

  it('writes numbers with the decimal mark of the format, unquoted, rounded when asked', () => {
    expect(toCsv([[0.75, 1234.5, -2, true]], { format: SEMICOLON })).toBe(
      '0,75;1234,5;-2;true\r\n',
    );
    expect(toCsv([[0.75, 1234.5, -2, false]], { format: COMMA })).toBe('0.75,1234.5,-2,false\r\n');
    expect(toCsv([[0.125, 2, 1234.567]], { format: SEMICOLON, fractionDigits: 2 })).toBe(
      '0,13;2,00;1234,57\r\n',
    );
  });

  it('starts with a BOM when asked, ends every line with CRLF, and keeps empty rows', () => {
    expect(
      toCsv(
        [
          ['a', 'b'],
          [1, 'x'],
        ],
        { bom: true },
      ),
    ).toBe('\uFEFFa,b\r\n1,x\r\n');
    expect(toCsv([['a'], [], ['b']])).toBe('a\r\n\r\nb\r\n');
  });

  it('reads back what it writes', () => {
    const rows = [
      ['name', 'note'],
      ['Van Dam; Eva', 'said "yes",\r\nthen left'],
    ];
    for (const format of [COMMA, SEMICOLON])
      expect(parseCsv(toCsv(rows, { format, bom: true })).map((r) => r.fields)).toEqual(rows);
  });
});

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
    const rows = parseCsv(
      'email;name;organisation\na@x.test;"Two\nlines";Gemeente, Utrecht\nb@x.test;B;',
    );
    expect(rows).toEqual([
      { line: 1, fields: ['email', 'name', 'organisation'] },
      { line: 2, fields: ['a@x.test', 'Two\nlines', 'Gemeente, Utrecht'] },
      { line: 4, fields: ['b@x.test', 'B', ''] },
    ]);
  });

  it('reads mixed and old Mac line ends, skipping whitespace-only lines but counting them', () => {
    expect(parseCsv('a,b\r\nc,d\n  \re,f\rg,"h\r\ni"\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['c', 'd'] },
      { line: 4, fields: ['e', 'f'] },
      { line: 5, fields: ['g', 'h\r\ni'] },
    ]);
  });

  it('keeps a quote inside an unquoted field as text (the hand-made parser dropped it)', () => {
    expect(parseCsv('name,email\nJo "JJ" Doe,jo@x.test').map((r) => r.fields)).toEqual([
      ['name', 'email'],
      ['Jo "JJ" Doe', 'jo@x.test'],
    ]);
  });

  it('reports a quote that is never closed at the line it opens (the hand-made parser swallowed the rest of the file)', () => {
    const text = 'email,name\na@x.test,A\n"b@x.test,B\nc@x.test,C\n';
    expect(() => parseCsv(text)).toThrow(CsvSyntaxError);
    expect(() => parseCsv(text)).toThrow(/^line 3: a quoted field is never closed/);
  });

  it('takes the delimiter it is given over the header line', () => {
    expect(parseCsv('a,b;c\n', { delimiter: ';' })[0]?.fields).toEqual(['a,b', 'c']);
  });
});
