/** Just enough XML for the XLIFF 2.0 documents this library writes (no inline markup inside source/target). */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[e] ?? '';
  });
}

export interface XmlElement {
  attrs: Record<string, string>;
  inner: string;
}

function parseAttrs(s: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of s.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) attrs[m[1] ?? ''] = unescapeXml(m[3] ?? m[4] ?? '');
  return attrs;
}

/** Direct and nested occurrences of `<tag …>…</tag>` (or `<tag …/>`) in document order; tags of this name must not nest. */
export function elements(xml: string, tag: string): XmlElement[] {
  const re = new RegExp(`<${tag}(\\s[^>]*?)?(?:/>|>([\\s\\S]*?)</${tag}>)`, 'g');
  return [...xml.matchAll(re)].map((m) => ({ attrs: parseAttrs(m[1] ?? ''), inner: m[2] ?? '' }));
}

/** Text content of an element's inner XML; throws on inline markup, which this importer does not map back. */
export function textOf(inner: string): string {
  const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(inner);
  if (cdata) return cdata[1] ?? '';
  if (/<[a-zA-Z]/.test(inner)) throw new Error('inline markup inside <source>/<target> is not supported');
  return unescapeXml(inner);
}
