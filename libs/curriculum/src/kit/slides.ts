/** One slide of a deck: its Markdown and the file line it starts on. */
export interface SlideSource {
  markdown: string;
  line: number;
}

const RULE = /^---\s*$/;
const FENCE = /^(`{3,}|~{3,})/;

/**
 * Cuts a slides body into slides at lines holding only `---` (outside code fences). Markdown would
 * read `text` + `---` as a heading, so the rule is taken as a separator before any rendering.
 */
export function splitSlides(body: string, bodyStartLine = 1): SlideSource[] {
  const slides: SlideSource[] = [];
  let lines: string[] = [];
  let start = bodyStartLine;
  let fenced = false;
  body.split('\n').forEach((line, i) => {
    if (FENCE.test(line.trim())) fenced = !fenced;
    if (!fenced && RULE.test(line)) {
      slides.push({ markdown: lines.join('\n'), line: start });
      lines = [];
      start = bodyStartLine + i + 1;
      return;
    }
    lines.push(line);
  });
  slides.push({ markdown: lines.join('\n'), line: start });
  // Leading/trailing separators do not make empty slides; empty slides in between are reported.
  while (slides.length && !slides[0]!.markdown.trim()) slides.shift();
  while (slides.length && !slides[slides.length - 1]!.markdown.trim()) slides.pop();
  return slides.map((s) => ({ ...s, line: s.line + leadingBlank(s.markdown) }));
}

function leadingBlank(markdown: string): number {
  const lines = markdown.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  return first < 0 ? 0 : first;
}
