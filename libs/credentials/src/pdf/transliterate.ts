// The standard PDF fonts (Helvetica) only encode WinAnsi (Windows-1252). Names such as
// "Łukasz" or any Greek/Cyrillic name (both EU scripts) would make pdf-lib throw, so text is
// transliterated to the nearest encodable form. The signed credential keeps the exact name.

const LATIN: Record<string, string> = {
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
  Ŀ: 'L',
  ŀ: 'l',
  Ŧ: 'T',
  ŧ: 't',
  Ŋ: 'N',
  ŋ: 'n',
  ĸ: 'k',
  ſ: 's',
  ẞ: 'SS',
  Ə: 'E',
  ə: 'e',
  ȷ: 'j',
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2212': '-',
  '\u2032': "'",
  '\u2033': '"',
};

const CYRILLIC =
  'а:a б:b в:v г:g д:d е:e ё:e ж:zh з:z и:i й:y к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f ' +
  'х:kh ц:ts ч:ch ш:sh щ:shch ъ:a ы:y ь: э:e ю:yu я:ya є:ye і:i ї:yi ґ:g ђ:dj ј:j љ:lj њ:nj ћ:c џ:dz ѓ:gj ќ:kj ѕ:dz';
const GREEK =
  'α:a β:v γ:g δ:d ε:e ζ:z η:i θ:th ι:i κ:k λ:l μ:m ν:n ξ:x ο:o π:p ρ:r σ:s ς:s τ:t υ:y φ:f χ:ch ψ:ps ω:o';

// Greek letter pairs romanised together (ELOT 743, simplified): "Ευάγγελος" → "Evangelos".
const GREEK_DIGRAPHS = 'ου:ou αυ:av ευ:ev ηυ:iv γγ:ng γξ:nx γχ:nch μπ:mp ντ:nt';
const DIGRAPHS = new Map<string, string>();
for (const pair of GREEK_DIGRAPHS.split(' ')) {
  const [greek = '', latin = ''] = pair.split(':');
  DIGRAPHS.set(greek, latin);
  DIGRAPHS.set(
    greek.charAt(0).toUpperCase() + greek.charAt(1),
    latin.charAt(0).toUpperCase() + latin.slice(1),
  );
  DIGRAPHS.set(greek.toUpperCase(), latin.toUpperCase());
}
const DIGRAPH_PATTERN = new RegExp([...DIGRAPHS.keys()].join('|'), 'g');

function romaniseGreekDigraphs(text: string): string {
  if (!/\p{Script=Greek}/u.test(text)) return text;
  // Drop accents on Greek letters first so "ού" matches "ου".
  const plain = text
    .normalize('NFD')
    .replace(/(\p{Script=Greek})\p{M}+/gu, '$1')
    .normalize('NFC');
  return plain.replace(DIGRAPH_PATTERN, (m) => DIGRAPHS.get(m) ?? m);
}

function addScript(table: string): void {
  for (const pair of table.split(' ')) {
    const [lower = '', latin = ''] = pair.split(':');
    LATIN[lower] = latin;
    const upper = lower.toUpperCase();
    if (upper !== lower) LATIN[upper] = latin.charAt(0).toUpperCase() + latin.slice(1);
  }
}
addScript(CYRILLIC);
addScript(GREEK);

export type CanEncode = (codePoint: number) => boolean;

function mapChar(ch: string, canEncode: CanEncode, decompose: boolean): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (canEncode(cp)) return ch;
  const mapped = LATIN[ch];
  if (mapped !== undefined) return mapped;
  if (decompose) {
    // NFKD splits "ŏ" into "o" + combining breve, "ά" into "α" + tonos; drop the marks.
    const base = ch.normalize('NFKD').replace(/\p{M}/gu, '');
    if (base !== '' && base !== ch) {
      return Array.from(base, (c) => mapChar(c, canEncode, false)).join('');
    }
  }
  return '?';
}

/** Replaces every character `canEncode` rejects; reports whether anything changed. */
export function transliterate(
  text: string,
  canEncode: CanEncode,
): { text: string; changed: boolean } {
  const out = Array.from(romaniseGreekDigraphs(text.normalize('NFC')), (ch) =>
    mapChar(ch, canEncode, true),
  ).join('');
  return { text: out, changed: out !== text.normalize('NFC') };
}
