import type { MarkdownIt, StateBlock, StateInline } from 'markdown-it';
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

export function academyPlugin(md: MarkdownIt): void {
  md.block.ruler.before('fence', 'academy_block', containerRule, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.inline.ruler.before('link', 'academy_term', termRule);
}
