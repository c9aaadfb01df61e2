import { transliterate } from './transliterate.js';

// Windows-1252 as Helvetica encodes it: ASCII, Latin-1 and the 0x80–0x9F extras.
const CP1252_EXTRAS = new Set(Array.from('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ', (c) => c.codePointAt(0)));
const winAnsi = (cp: number) =>
  (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || CP1252_EXTRAS.has(cp);

describe('transliterate', () => {
  it('keeps WinAnsi letters and replaces the rest with their base letter', () => {
    expect(transliterate('Zoë Ødegård-Łukasz', winAnsi)).toEqual({
      text: 'Zoë Ødegård-Lukasz',
      changed: true,
    });
    expect(transliterate('Dvořák Ţepeş Đurić', winAnsi).text).toBe('Dvorák Tepes Duric');
  });

  it('leaves encodable text unchanged', () => {
    expect(transliterate('François Müller – Œuvre', winAnsi)).toEqual({
      text: 'François Müller – Œuvre',
      changed: false,
    });
  });

  it('romanises Greek and Cyrillic names (both EU scripts)', () => {
    expect(transliterate('Γιώργος Παπαδόπουλος', winAnsi).text).toBe('Giorgos Papadopoulos');
    expect(transliterate('ΕΥΆΓΓΕΛΟΣ Ευάγγελος', winAnsi).text).toBe('EVANGELOS Evangelos');
    expect(transliterate('Жана Иванова', winAnsi).text).toBe('Zhana Ivanova');
  });

  it('uses "?" for characters it cannot romanise', () => {
    expect(transliterate('王芳', winAnsi)).toEqual({ text: '??', changed: true });
  });
});
