/**
 * Learners see a question's options lettered A, B, C… in the order drawn for their attempt. Authors
 * cite options by their ids ("(c)", "(a, c are wrong)", "Option c"), which are letters too but in
 * the authored order: after shuffling, "(c)" would name the wrong option, or one never shown.
 * These helpers turn the author's citations into the letters the learner saw.
 */

/** The letter shown before the option at `index` (0 → A). */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

const CONJUNCTION =
  /\s*(,\s*|(?:and|or|en|of|und|oder|et|ou|e|o|и|или|ja|tai|og|eller)\s+)([a-z])(?=[\s),])/uy;
const OPTION_WORD =
  /(?<![\p{L}])((?:[Oo]ption|[Oo]ptie|[Oo]pzione|[Vv]aihtoehto|[Aa]lternativ|[Вв]ариант)\s+)([a-z])(?![\p{L}])/gu;

/** Rewrites "(c)", "(a, c …)", "(a and c …)" and "Option c" to the letters of the drawn order. */
export function citeDrawnLetters(text: string, optionOrder: readonly string[]): string {
  const letters = new Map(optionOrder.map((id, i) => [id, optionLetter(i)]));
  if (!optionOrder.every((id) => /^[a-z]$/.test(id))) return text;
  let out = '';
  let at = 0;
  // Not after a bracket, letter or digit: "Article 72(1)(a)" cites the law, not option a.
  const open = /(?<![)\p{L}\p{N}])\(([a-z])(?=[\s),])/gu;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    const first = m[1]!;
    if (!letters.has(first)) continue;
    let piece = `(${letters.get(first)}`;
    let end = m.index + m[0].length;
    let cited = 1;
    CONJUNCTION.lastIndex = end;
    for (let c = CONJUNCTION.exec(text); c && letters.has(c[2]!); c = CONJUNCTION.exec(text)) {
      piece += c[0].slice(0, -1) + letters.get(c[2]!);
      end = CONJUNCTION.lastIndex;
      cited++;
    }
    // A lone letter is a citation only when the parenthesis closes on it: "(a bit late)" is English.
    if (cited === 1 && text[end] !== ')') continue;
    out += text.slice(at, m.index) + piece;
    at = end;
    open.lastIndex = end;
  }
  out += text.slice(at);
  return out.replace(OPTION_WORD, (whole, word: string, id: string) =>
    letters.has(id) ? `${word}${letters.get(id)}` : whole,
  );
}
