import type { MarkdownIt, StateBlock, StateInline } from 'markdown-it';
import { matchMathAt, matchMathBlock } from './math.js';
import { DIRECTIVE_CLOSE_RE, DIRECTIVE_OPEN_RE } from './syntax.js';

function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]).trim();
}

/** `::: name args` … `:::` containers (callout, lcc-exercise), nested blocks parsed as Markdown. */
function containerRule(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const opener = DIRECTIVE_OPEN_RE.exec(lineText(state, startLine));
  if (!opener) return false;
  if (silent) return true;
  let depth = 1;
  let next = startLine;
  while (++next < endLine) {
    const t = lineText(state, next);
    if (DIRECTIVE_OPEN_RE.test(t)) depth++;
    else if (DIRECTIVE_CLOSE_RE.test(t) && --depth === 0) break;
  }
  const oldParent = state.parentType;
  const oldLineMax = state.lineMax;
  state.parentType = 'blockquote';
  state.lineMax = next;
  const open = state.push('academy_block_open', 'div', 1);
  open.block = true;
  open.meta = { name: opener[1] ?? '', args: opener[2] ?? '' };
  open.map = [startLine, next];
  if (open.meta.name !== 'lcc-exercise') state.md.block.tokenize(state, startLine + 1, next);
  const close = state.push('academy_block_close', 'div', -1);
  close.block = true;
  close.meta = open.meta;
  state.parentType = oldParent;
  state.lineMax = oldLineMax;
  state.line = Math.min(next + 1, endLine);
  return true;
}

/** `[[term:id]]` / `[[term:id|label]]` glossary references. */
function termRule(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  if (!src.startsWith('[[term:', state.pos)) return false;
  const end = src.indexOf(']]', state.pos);
  if (end < 0) return false;
  const inner = src.slice(state.pos + 7, end);
  if (inner.includes('[') || inner.includes('\n')) return false;
  if (!silent) {
    const [id = '', label] = inner.split('|');
    const token = state.push('academy_term', 'dfn', 0);
    token.meta = { id: id.trim(), label: label?.trim() };
  }
  state.pos = end + 2;
  return true;
}

/** `$$` … `$$` display formula on lines of its own. */
function mathBlockRule(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  if (!lineText(state, startLine).startsWith('$$')) return false;
  const lines: string[] = [];
  // A formula ends at a blank line at the latest: read no further.
  for (let line = startLine; line < endLine && (line === startLine || lines[lines.length - 1]); line++) lines.push(lineText(state, line));
  const found = matchMathBlock(lines, 0);
  if (!found) return false;
  if (silent) return true;
  const token = state.push('math_block', 'math', 0);
  token.block = true;
  token.content = found.tex;
  token.map = [startLine, startLine + found.last + 1];
  state.line = startLine + found.last + 1;
  return true;
}

/** `$…$` (inline) and `$$…$$` (display) formulas within a paragraph. */
function mathInlineRule(state: StateInline, silent: boolean): boolean {
  const found = matchMathAt(state.src, state.pos);
  if (!found) return false;
  if (!silent) {
    const token = state.push('math_inline', 'math', 0);
    token.content = found.tex;
    token.meta = { display: found.display };
  }
  state.pos = found.end;
  return true;
}

export function academyPlugin(md: MarkdownIt): void {
  md.block.ruler.before('fence', 'math_block', mathBlockRule, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.inline.ruler.after('escape', 'math_inline', mathInlineRule);
  md.block.ruler.before('fence', 'academy_block', containerRule, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.inline.ruler.before('link', 'academy_term', termRule);
}
