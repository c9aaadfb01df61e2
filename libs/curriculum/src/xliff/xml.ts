import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Escapes text and attribute values for the XLIFF this library writes. */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An element with its namespace resolved, its attributes and its children in document order. */
export interface XmlElement {
  /** Local name, without prefix. */
  name: string;
  /** Namespace URI ('' when none is in scope). */
  ns: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
/** Text (entities and CDATA already decoded; comments and processing instructions dropped) or an element. */
export type XmlNode = XmlElement | string;

/** The document is not well-formed XML; line and column are 1-based. */
export class XmlSyntaxError extends Error {
  constructor(message: string, readonly line: number, readonly column: number) {
    super(`line ${line}, column ${column}: ${message}`);
  }
}

const parser = new XMLParser({
  preserveOrder: true, // mixed content (<target>text <mrk>…</mrk> text</target>) keeps its order
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false, // whitespace inside segments is content
  parseTagValue: false, // "2026" stays a string
  parseAttributeValue: false,
  // Also decodes numeric character references (&#233;). HTML names (&nbsp;) would decode too, but
  // refuseUnknownEntities has refused them by then: XML defines only &lt; &gt; &amp; &quot; &apos;.
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/** Parses a whole document; throws XmlSyntaxError with the position of the first problem. */
export function parseXml(xml: string): XmlElement {
  const check = XMLValidator.validate(xml);
  if (check !== true) throw new XmlSyntaxError(check.err.msg, check.err.line, check.err.col);
  refuseUnknownEntities(xml);
  const roots = toNodes(parser.parse(xml) as OrderedItem[], { xml: 'http://www.w3.org/XML/1998/namespace' }).filter(isElement);
  if (roots.length !== 1) throw new XmlSyntaxError(`expected one root element, found ${roots.length}`, 1, 1);
  return roots[0]!;
}

export function isElement(node: XmlNode): node is XmlElement {
  return typeof node !== 'string';
}

/** Child elements with this namespace and local name. */
export function childElements(parent: XmlElement | undefined, ns: string, name: string): XmlElement[] {
  return (parent?.children ?? []).filter((c): c is XmlElement => isElement(c) && c.ns === ns && c.name === name);
}

/** The validator accepts `&name;` for any name; only XML's own entities are meaningful here. */
function refuseUnknownEntities(xml: string): void {
  // Blank out comments and CDATA (where & is literal) but keep line breaks for positions.
  const blanked = xml.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, (m) => m.replace(/[^\n]/g, ' '));
  const m = /&(?!(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);)([^;\s<&]{0,32};?)/.exec(blanked);
  if (!m) return;
  const before = blanked.slice(0, m.index).split('\n');
  const column = (before.at(-1)?.length ?? 0) + 1;
  throw new XmlSyntaxError(
    `entity "&${m[1] ?? ''}" is not defined in XML (write the character itself, or &lt; &gt; &amp; &quot; &apos;)`,
    before.length,
    column,
  );
}

/** fast-xml-parser's ordered output: `{ tag: children, ':@': attrs }` or `{ '#text': text }`. */
type OrderedItem = Record<string, unknown>;

function toNodes(items: OrderedItem[], scope: Record<string, string>): XmlNode[] {
  const nodes: XmlNode[] = [];
  for (const item of items) {
    if ('#text' in item) {
      nodes.push(String(item['#text']));
      continue;
    }
    const tag = Object.keys(item).find((k) => k !== ':@');
    if (!tag) continue;
    const attrs = (item[':@'] ?? {}) as Record<string, string>;
    const inner = { ...scope };
    for (const [k, v] of Object.entries(attrs)) {
      if (k === 'xmlns') inner[''] = v;
      else if (k.startsWith('xmlns:')) inner[k.slice(6)] = v;
    }
    const colon = tag.indexOf(':');
    const prefix = colon >= 0 ? tag.slice(0, colon) : '';
    nodes.push({
      name: colon >= 0 ? tag.slice(colon + 1) : tag,
      ns: inner[prefix] ?? '',
      attrs,
      children: toNodes(item[tag] as OrderedItem[], inner),
    });
  }
  return nodes;
}
