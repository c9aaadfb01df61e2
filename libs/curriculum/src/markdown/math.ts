import katex, { type KatexOptions } from 'katex';

/**
 * TeX formulas in lessons: `$…$` inline, `$$…$$` display (inline or as a block of lines).
 * Rendered once, at release/import time, to MathML only: browsers lay MathML out natively, so a
 * lesson needs neither KaTeX's JavaScript nor its CSS and fonts.
 */
const OPTIONS: KatexOptions = {
  output: 'mathml',
  trust: false,
  strict: 'ignore',
  maxSize: 10,
  maxExpand: 200,
};

export interface MathMatch {
  tex: string;
  display: boolean;
  /** Index just after the closing delimiter. */
  end: number;
}

/**
 * Formula starting at `src[pos]` (a `$`), or undefined. As in Pandoc, `$` opens only before a
 * non-space and closes only after a non-space and not before a digit, so "€5 or $10" stays text.
 */
export function matchMathAt(src: string, pos: number): MathMatch | undefined {
  if (src[pos] !== '$' || src[pos - 1] === '\\') return undefined;
  if (src[pos + 1] === '$') {
    const close = src.indexOf('$$', pos + 2);
    const tex = close < 0 ? '' : src.slice(pos + 2, close);
    return tex.trim() && !tex.includes('\n\n') ? { tex: tex.trim(), display: true, end: close + 2 } : undefined;
  }
  if (!src[pos + 1] || /\s/.test(src[pos + 1]!)) return undefined;
  for (let i = pos + 1; i < src.length; i++) {
    // A backtick ends the search: a code span after a lone price (`$5 … `$x``) wins over a formula.
    if ((src[i] === '\n' && src[i + 1] === '\n') || src[i] === '`') return undefined;
    if (src[i] !== '$' || src[i - 1] === '\\') continue;
    if (/\s/.test(src[i - 1]!) || /\d/.test(src[i + 1] ?? '')) return undefined;
    return { tex: src.slice(pos + 1, i), display: false, end: i + 1 };
  }
  return undefined;
}

/**
 * A display block: a line starting with `$$`, up to the line ending with `$$` (the same line or a
 * later one). `lines` are trimmed; returns the TeX and the index of the closing line.
 */
export function matchMathBlock(lines: readonly string[], start: number): { tex: string; last: number } | undefined {
  const first = lines[start] ?? '';
  if (!first.startsWith('$$')) return undefined;
  const rest = first.slice(2);
  if (rest.length >= 2 && rest.endsWith('$$')) return { tex: rest.slice(0, -2).trim(), last: start };
  const body = [rest];
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line) return undefined;
    if (line.endsWith('$$')) return { tex: [...body, line.slice(0, -2)].join('\n').trim(), last: i };
    body.push(line);
  }
  return undefined;
}

/** The presentation MathML KaTeX emits, for the lesson HTML allow-list (no links, no styles, no scripts). */
export const MATHML_TAGS = [
  'math', 'mrow', 'mi', 'mn', 'mo', 'ms', 'mtext', 'mspace', 'msup', 'msub', 'msubsup', 'mfrac', 'msqrt', 'mroot',
  'mover', 'munder', 'munderover', 'mtable', 'mtr', 'mtd', 'mlabeledtr', 'mstyle', 'mpadded', 'mphantom', 'menclose',
  'merror', 'mmultiscripts', 'mprescripts', 'none',
];
const SIZE = ['width', 'height', 'depth', 'lspace', 'voffset'];
const TABLE = ['columnalign', 'rowalign', 'rowspacing', 'columnspacing', 'rowlines', 'columnlines', 'frame', 'framespacing'];
export const MATHML_ATTRIBUTES: Record<string, string[]> = {
  math: ['xmlns', 'display'],
  mi: ['mathvariant'],
  mn: ['mathvariant'],
  mtext: ['mathvariant'],
  mo: ['stretchy', 'fence', 'separator', 'lspace', 'rspace', 'minsize', 'maxsize', 'movablelimits', 'largeop', 'symmetric', 'mathvariant'],
  mstyle: ['mathcolor', 'mathsize', 'mathvariant', 'scriptlevel', 'displaystyle'],
  mspace: [...SIZE, 'linebreak'],
  mpadded: SIZE,
  mfrac: ['linethickness'],
  mover: ['accent'],
  munder: ['accentunder'],
  munderover: ['accent', 'accentunder'],
  menclose: ['notation'],
  mtable: [...TABLE, 'width', 'displaystyle'],
  mtr: ['columnalign', 'rowalign'],
  mtd: ['columnalign', 'rowalign', 'columnspan', 'rowspan'],
  mlabeledtr: ['columnalign', 'rowalign'],
};

/** KaTeX keeps the TeX source in <semantics>/<annotation>; browsers do not show it, and sanitizers drop those tags. */
const stripAnnotation = (html: string): string =>
  html.replace(/<annotation encoding="application\/x-tex">[^<]*<\/annotation>/g, '').replace(/<\/?semantics>/g, '');

/** MathML for a formula; a bad formula renders as its source marked `katex-error` (the validator reports it). */
export function renderMath(tex: string, display: boolean): string {
  return stripAnnotation(katex.renderToString(tex, { ...OPTIONS, displayMode: display, throwOnError: false }));
}

/** KaTeX's parse error for a formula, or undefined if it renders. */
export function mathError(tex: string, display: boolean): string | undefined {
  try {
    katex.renderToString(tex, { ...OPTIONS, displayMode: display, throwOnError: true });
    return undefined;
  } catch (e) {
    if (e instanceof katex.ParseError) return e.rawMessage;
    throw e;
  }
}
