import MarkdownIt, { type MarkdownIt as MarkdownItInstance } from 'markdown-it';
import { academyPlugin } from '../markdown/plugins.js';

/** A printable block of text: what a PDF page lays out (headings, paragraphs, list items, table rows). */
export interface PrintBlock {
  kind: 'heading' | 'paragraph' | 'item' | 'row';
  text: string;
  /** Heading level (2–6) or list depth (1 = top level). */
  level?: number;
  /** Table rows: the cells. */
  cells?: string[];
}

type Token = ReturnType<MarkdownItInstance['parse']>[number];
const md = new MarkdownIt({ html: false, linkify: false, typographer: false }).use(academyPlugin);

/** Inline text without markup; links keep their target in brackets so a printout still cites it. */
function inlineText(token: Token): string {
  let out = '';
  let href: string | undefined;
  for (const c of token.children ?? []) {
    if (c.type === 'text' || c.type === 'code_inline' || c.type === 'math_inline') out += c.content;
    else if (c.type === 'softbreak' || c.type === 'hardbreak') out += ' ';
    else if (c.type === 'link_open') href = String(c.attrGet('href') ?? '');
    else if (c.type === 'link_close' && href && /^https?:/.test(href)) out += ` (${href})`;
    else if (c.type === 'academy_term') {
      const meta = c.meta as { id: string; label?: string };
      out += meta.label ?? meta.id.replace(/-/g, ' ');
    }
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Markdown (the academy dialect) as print blocks, using the same parser as the lessons. */
export function markdownToBlocks(source: string): PrintBlock[] {
  const blocks: PrintBlock[] = [];
  let depth = 0;
  let heading: number | undefined;
  let row: string[] | undefined;
  let inItem = false;
  for (const t of md.parse(source, {})) {
    if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') depth++;
    else if (t.type === 'bullet_list_close' || t.type === 'ordered_list_close') depth--;
    else if (t.type === 'list_item_open') inItem = true;
    else if (t.type === 'heading_open') heading = Number(t.tag.slice(1));
    else if (t.type === 'tr_open') row = [];
    else if (t.type === 'tr_close' && row) {
      blocks.push({ kind: 'row', text: row.join(' | '), cells: row });
      row = undefined;
    } else if (t.type === 'inline') {
      const text = inlineText(t);
      if (row) row.push(text);
      else if (heading !== undefined) blocks.push({ kind: 'heading', text, level: heading });
      else if (inItem) blocks.push({ kind: 'item', text, level: depth });
      else if (text) blocks.push({ kind: 'paragraph', text });
      heading = undefined;
      inItem = false;
    } else if (t.type === 'math_block') blocks.push({ kind: 'paragraph', text: t.content.trim() });
  }
  return blocks;
}

/** Plain card text as print blocks: a blank line starts a paragraph, `- ` a bullet. */
export function plainTextToBlocks(text: string): PrintBlock[] {
  const blocks: PrintBlock[] = [];
  for (const para of text.split(/\n\s*\n/)) {
    const lines = para.split('\n').map((l) => l.trim()).filter(Boolean);
    let current: string[] = [];
    const flush = () => {
      if (current.length) blocks.push({ kind: 'paragraph', text: current.join(' ') });
      current = [];
    };
    for (const line of lines) {
      if (/^[-•] /.test(line)) {
        flush();
        blocks.push({ kind: 'item', text: line.slice(2).trim(), level: 1 });
      } else if (blocks.at(-1)?.kind === 'item' && !current.length && /^\s/.test(line)) {
        blocks.at(-1)!.text += ` ${line}`;
      } else current.push(line);
    }
    flush();
  }
  return blocks;
}
