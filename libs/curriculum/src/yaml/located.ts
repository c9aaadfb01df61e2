import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';

/** A parsed YAML document that can tell the line of any value, so problems point at the offending key. */
export interface LocatedYaml {
  data: unknown;
  /** 1-based line in the file of the key (or item) at `path`; the deepest existing ancestor when the path is absent. */
  lineOf(path: readonly PropertyKey[]): number;
  syntaxErrors: { line: number; message: string }[];
}

interface Ranged {
  range?: [number, number, number] | null;
}

/** `lineOffset` shifts reported lines, e.g. for front matter that starts on line 2 of a Markdown file. */
export function parseLocatedYaml(text: string, lineOffset = 0): LocatedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const lineAt = (node: unknown, fallback: number): number => {
    const range = (node as Ranged | null)?.range;
    return range ? lineCounter.linePos(range[0]).line : fallback;
  };
  const syntaxErrors = doc.errors.map((e) => ({
    line: (e.linePos?.[0]?.line ?? 1) + lineOffset,
    message: (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, ''),
  }));
  const lineOf = (path: readonly PropertyKey[]): number => {
    let node: unknown = doc.contents;
    let line = lineAt(node, 1);
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
        if (!pair) break;
        line = lineAt(pair.key, line);
        node = pair.value;
      } else if (isSeq(node) && typeof seg === 'number') {
        const item = node.items[seg];
        if (item === undefined) break;
        line = lineAt(item, line);
        node = item;
      } else {
        break;
      }
    }
    return line + lineOffset;
  };
  return { data: syntaxErrors.length ? undefined : doc.toJS(), lineOf, syntaxErrors };
}
