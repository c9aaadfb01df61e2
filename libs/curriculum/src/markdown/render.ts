import MarkdownIt, { type MarkdownIt as MarkdownItInstance } from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { MATHML_ATTRIBUTES, MATHML_TAGS, renderMath } from './math.js';
import { academyPlugin } from './plugins.js';
import { CALLOUT_KINDS, DEFAULT_URLS, parseInternalHref, type InternalUrls } from './syntax.js';

export interface RenderContext {
  /** Looks a glossary term up in the reader's locale (with fallback). */
  glossary?: (id: string) => { term: string; definition: string } | undefined;
  /** URL patterns for internal links; defaults: /learn/:module/:lesson, /practices/:slug, /criteria/:group. */
  urls?: Partial<InternalUrls>;
}

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Allow-list applied after rendering: whatever markdown-it or a plugin emits, only these survive. */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'strong', 'em', 's', 'code', 'pre', 'blockquote', 'a', 'hr',
    'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'aside', 'div', 'dfn', 'abbr', 'span', ...MATHML_TAGS,
  ],
  allowedAttributes: {
    a: ['href', 'title', 'data-internal', 'rel'],
    aside: ['class', 'data-kind'],
    div: ['class', 'data-exercise'],
    dfn: ['class', 'data-term', 'title'],
    abbr: ['title'],
    p: ['class'],
    code: ['class'],
    ol: ['start'],
    span: ['class', 'title'],
    ...MATHML_ATTRIBUTES,
  },
  allowedClasses: {
    aside: ['callout', ...CALLOUT_KINDS.map((k) => `callout-${k}`)],
    div: ['lcc-exercise', 'math-display'],
    dfn: ['term', 'term-unknown'],
    p: ['callout-title'],
    code: ['language-*'],
    span: ['katex', 'katex-error'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
};

function createRenderer(ctx: RenderContext): MarkdownItInstance {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.use(academyPlugin);
  const urls: InternalUrls = { ...DEFAULT_URLS, ...ctx.urls };
  const rules = md.renderer.rules;
  rules.academy_block_open = (tokens, idx) => {
    const { name, args } = tokens[idx]!.meta as { name: string; args: string };
    if (name === 'lcc-exercise') return `<div class="lcc-exercise" data-exercise="${escape(args.split(/\s+/)[0] ?? '')}">`;
    const [kind = '', ...title] = args.split(/\s+/);
    if (name !== 'callout' || !(CALLOUT_KINDS as readonly string[]).includes(kind)) return '<div>';
    const heading = title.length ? `<p class="callout-title">${escape(title.join(' '))}</p>` : '';
    return `<aside class="callout callout-${kind}" data-kind="${kind}">${heading}`;
  };
  rules.academy_block_close = (tokens, idx) => {
    const { name, args } = tokens[idx]!.meta as { name: string; args: string };
    const kind = args.split(/\s+/)[0] ?? '';
    return name === 'callout' && (CALLOUT_KINDS as readonly string[]).includes(kind) ? '</aside>\n' : '</div>\n';
  };
  rules.math_inline = (tokens, idx) => renderMath(tokens[idx]!.content, (tokens[idx]!.meta as { display: boolean }).display);
  rules.math_block = (tokens, idx) => `<div class="math-display">${renderMath(tokens[idx]!.content, true)}</div>\n`;
  rules.academy_term = (tokens, idx) => {
    const { id, label } = tokens[idx]!.meta as { id: string; label?: string };
    const entry = ctx.glossary?.(id);
    const text = label || entry?.term || id;
    if (!entry) return `<dfn class="term term-unknown" data-term="${escape(id)}">${escape(text)}</dfn>`;
    return `<dfn class="term" data-term="${escape(id)}" title="${escape(entry.definition)}">${escape(text)}</dfn>`;
  };
  const defaultLinkOpen = rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    const rawHref = String(token.attrGet('href') ?? '');
    const internal = parseInternalHref(rawHref);
    if (internal) {
      const [a = '', b = ''] = internal.parts;
      const href = internal.scheme === 'lesson' ? urls.lesson(a, b) : internal.scheme === 'practice' ? urls.practice(a) : urls.criteria(a);
      token.attrSet('href', href);
      token.attrSet('data-internal', internal.scheme);
    } else if (/^https?:/i.test(rawHref)) {
      token.attrSet('rel', 'noopener noreferrer');
    }
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  return md;
}

/** Markdown (with academy blocks) → sanitized HTML. Raw HTML in the source is escaped, never passed through. */
export function renderMarkdown(source: string, ctx: RenderContext = {}): string {
  return createMarkdownRenderer(ctx)(source);
}

/** A reusable renderer for one context (building markdown-it once per locale keeps release builds fast). */
export function createMarkdownRenderer(ctx: RenderContext = {}): (source: string) => string {
  const md = createRenderer(ctx);
  return (source) => sanitizeHtml(md.render(source), SANITIZE);
}

/** Plain text of a front matter field (titles etc.) as safe HTML: no Markdown, everything escaped. */
export function renderPlainText(source: string): string {
  return escape(source);
}
