/** Academy Markdown extensions shared by the scanner (validation) and the renderer. */
export const CALLOUT_KINDS = ['tip', 'warning', 'law', 'example', 'task'] as const;
export type CalloutKind = (typeof CALLOUT_KINDS)[number];
export const BLOCK_NAMES = ['callout', 'lcc-exercise'] as const;

export const INTERNAL_SCHEMES = ['lesson', 'practice', 'criteria'] as const;
export type InternalScheme = (typeof INTERNAL_SCHEMES)[number];

/** `::: name args` opens a block; a bare `:::` closes one. */
export const DIRECTIVE_OPEN_RE = /^:::\s*([A-Za-z][\w-]*)(?:\s+(.*?))?\s*$/;
export const DIRECTIVE_CLOSE_RE = /^:::\s*$/;
// Inside Markdown tables the label separator is written `\|`.
export const TERM_RE = /\[\[term:([^\]|\\]*)(?:\\?\|([^\]]*))?\]\]/g;
export const LINK_RE = /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;

/** Default URL patterns of the web app for internal links. */
export interface InternalUrls {
  lesson(module: string, lesson: string): string;
  practice(slug: string): string;
  criteria(group: string): string;
}
export const DEFAULT_URLS: InternalUrls = {
  lesson: (m, l) => `/learn/${encodeURIComponent(m)}/${encodeURIComponent(l)}`,
  practice: (p) => `/practices/${encodeURIComponent(p)}`,
  criteria: (g) => `/criteria/${encodeURIComponent(g)}`,
};

/** Parses `lesson:module/lesson`, `practice:slug`, `criteria:group`; undefined for other hrefs. */
export function parseInternalHref(href: string): { scheme: InternalScheme; target: string; parts: string[] } | undefined {
  const m = /^(lesson|practice|criteria):(.*)$/.exec(href);
  if (!m) return undefined;
  const scheme = m[1] as InternalScheme;
  const target = m[2] ?? '';
  return { scheme, target, parts: target.split('/') };
}
