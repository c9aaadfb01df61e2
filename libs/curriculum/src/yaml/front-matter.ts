/** A Markdown file split into its YAML front matter and body, with the line where each starts. */
export interface SplitMarkdown {
  /** Front matter YAML text, or undefined when the file has none. */
  frontMatter: string | undefined;
  /** Lines to add to a front-matter-relative line to get the file line (the opening `---` is line 1). */
  frontMatterOffset: number;
  body: string;
  /** 1-based file line of the body's first line. */
  bodyStartLine: number;
  /** Set when a `---` opens front matter that is never closed. */
  unclosed: boolean;
}

export function splitFrontMatter(text: string): SplitMarkdown {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (lines[0]?.trimEnd() !== '---') {
    return { frontMatter: undefined, frontMatterOffset: 0, body: lines.join('\n'), bodyStartLine: 1, unclosed: false };
  }
  const end = lines.findIndex((l, i) => i > 0 && (l.trimEnd() === '---' || l.trimEnd() === '...'));
  if (end < 0) {
    return { frontMatter: undefined, frontMatterOffset: 0, body: '', bodyStartLine: lines.length + 1, unclosed: true };
  }
  return {
    frontMatter: lines.slice(1, end).join('\n'),
    frontMatterOffset: 1,
    body: lines.slice(end + 1).join('\n'),
    bodyStartLine: end + 2,
    unclosed: false,
  };
}
