import { mathError, matchMathAt, matchMathBlock } from './math.js';
import { CALLOUT_KINDS, DIRECTIVE_CLOSE_RE, DIRECTIVE_OPEN_RE, LINK_RE, TERM_RE, parseInternalHref } from './syntax.js';

export type MarkdownRef =
  | { kind: 'lesson'; module: string; lesson: string; line: number }
  | { kind: 'practice'; slug: string; line: number }
  | { kind: 'criteria'; group: string; line: number }
  | { kind: 'term'; id: string; line: number }
  | { kind: 'exercise'; id: string; line: number };

export interface MarkdownScan {
  refs: MarkdownRef[];
  /** Problems found in the body itself, with file lines. */
  problems: { line: number; message: string; severity: 'error' | 'warning' }[];
}

/**
 * Line-based scan of a Markdown body for academy blocks, terms and links, so that every finding has
 * an exact line. Fenced code and inline code are skipped, as the renderer does not interpret them.
 */
export function scanMarkdown(body: string, startLine = 1, options: { headingsFromH2?: boolean } = {}): MarkdownScan {
  const refs: MarkdownRef[] = [];
  const problems: MarkdownScan['problems'] = [];
  const error = (line: number, message: string) => problems.push({ line, message, severity: 'error' });
  const open: { name: string; line: number }[] = [];
  let fence: string | undefined;
  const lines = body.split('\n');
  const trimmedLines = lines.map((l) => l.trim());
  let mathUntil = -1;
  const checkMath = (tex: string, display: boolean, line: number) => {
    const message = mathError(tex, display);
    if (message) error(line, `formula "${tex}" cannot be rendered: ${message}`);
  };
  lines.forEach((raw, i) => {
    const line = startLine + i;
    const trimmed = raw.trim();
    const fenceMatch = /^(`{3,}|~{3,})/.exec(trimmed);
    if (fence) {
      if (fenceMatch && trimmed.startsWith(fence)) fence = undefined;
      return;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      return;
    }
    if (i <= mathUntil) return;
    const block = matchMathBlock(trimmedLines, i);
    if (block) {
      checkMath(block.tex, true, line);
      mathUntil = block.last;
      return;
    }
    if (DIRECTIVE_CLOSE_RE.test(trimmed)) {
      if (!open.pop()) error(line, '::: closes a block that was never opened');
      return;
    }
    const directive = DIRECTIVE_OPEN_RE.exec(trimmed);
    if (directive) {
      const [, name = '', args = ''] = directive;
      const top = open[open.length - 1];
      if (top?.name === 'lcc-exercise') error(line, 'lcc-exercise takes no content: close it with ::: on the next line');
      open.push({ name, line });
      if (name === 'callout') {
        const kind = args.split(/\s+/)[0] ?? '';
        if (!(CALLOUT_KINDS as readonly string[]).includes(kind))
          error(line, `unknown callout kind "${kind}" (use ${CALLOUT_KINDS.join(', ')})`);
      } else if (name === 'lcc-exercise') {
        if (!args) error(line, 'lcc-exercise needs an exercise id');
        else refs.push({ kind: 'exercise', id: args.split(/\s+/)[0] ?? args, line });
      } else error(line, `unknown block "::: ${name}" (use callout or lcc-exercise)`);
      return;
    }
    if (open[open.length - 1]?.name === 'lcc-exercise' && trimmed) {
      error(line, 'lcc-exercise takes no content: close it with ::: on the next line');
    }
    if (options.headingsFromH2 && /^#\s/.test(trimmed)) error(line, 'headings start at ## (the title comes from the front matter)');
    const code = raw.replace(/`+[^`]*`+/g, '');
    for (let pos = code.indexOf('$'); pos >= 0; pos = code.indexOf('$', pos + 1)) {
      const math = matchMathAt(code, pos);
      if (!math) continue;
      checkMath(math.tex, math.display, line);
      pos = math.end - 1;
    }
    if (/!\[[^\]]*\]\(/.test(code)) problems.push({ line, message: 'images are not supported yet', severity: 'warning' });
    for (const m of code.matchAll(TERM_RE)) refs.push({ kind: 'term', id: (m[1] ?? '').trim(), line });
    for (const m of code.matchAll(LINK_RE)) scanLink(m[1] ?? '', line, refs, error);
  });
  for (const block of open) error(block.line, `::: ${block.name} is never closed with :::`);
  if (fence) error(startLine + lines.length - 1, 'code fence is never closed');
  return { refs, problems };
}

function scanLink(href: string, line: number, refs: MarkdownRef[], error: (line: number, message: string) => void): void {
  const internal = parseInternalHref(href);
  if (internal) {
    const [a = '', b] = internal.parts;
    if (internal.scheme === 'lesson') {
      if (internal.parts.length !== 2 || !b) error(line, `lesson link "${href}" must be lesson:module-slug/lesson-slug`);
      else refs.push({ kind: 'lesson', module: a, lesson: b, line });
    } else if (internal.parts.length !== 1 || !a) error(line, `${internal.scheme} link "${href}" must be ${internal.scheme}:slug`);
    else if (internal.scheme === 'practice') refs.push({ kind: 'practice', slug: a, line });
    else refs.push({ kind: 'criteria', group: a, line });
    return;
  }
  if (/^(https?:|mailto:|#)/i.test(href)) return;
  error(line, `unsupported link "${href}": use http(s), mailto, lesson:, practice: or criteria:`);
}
