import { describe, expect, it } from 'vitest';
import { renderMarkdown, renderPlainText } from './render.js';
import { scanMarkdown } from './scan.js';

const glossary = (id: string) => (id === 'lcc' ? { term: 'life-cycle costing', definition: 'All "costs" <over> life' } : undefined);

describe('renderMarkdown: academy blocks', () => {
  it('renders callouts as labelled asides the web app can enhance', () => {
    expect(renderMarkdown('::: callout tip\nAsk **why**.\n:::\n')).toBe(
      '<aside class="callout callout-tip" data-kind="tip"><p>Ask <strong>why</strong>.</p>\n</aside>\n',
    );
  });
  it('renders glossary terms as <dfn> with the definition, escaped', () => {
    expect(renderMarkdown('See [[term:lcc]] and [[term:lcc|LCC]].', { glossary })).toBe(
      '<p>See <dfn class="term" data-term="lcc" title="All &quot;costs&quot; &lt;over&gt; life">life-cycle costing</dfn> and ' +
        '<dfn class="term" data-term="lcc" title="All &quot;costs&quot; &lt;over&gt; life">LCC</dfn>.</p>\n',
    );
  });
  it('renders an lcc-exercise placeholder and internal links with the documented URLs', () => {
    expect(renderMarkdown('::: lcc-exercise lamps\n:::\n')).toBe('<div class="lcc-exercise" data-exercise="lamps"></div>\n');
    expect(renderMarkdown('[a](lesson:intro/first) [b](practice:chairs) [c](criteria:ict)')).toBe(
      '<p><a href="/learn/intro/first" data-internal="lesson">a</a> <a href="/practices/chairs" data-internal="practice">b</a> ' +
        '<a href="/criteria/ict" data-internal="criteria">c</a></p>\n',
    );
  });
});

describe('renderMarkdown: script injection is impossible', () => {
  const attacks = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '[x](javascript:alert(1))',
    '[x](JAVASCRIPT:alert(1))',
    '[x](data:text/html;base64,PHNjcmlwdD4=)',
    '<a href="javascript:alert(1)">x</a>',
    '::: callout tip <img src=x onerror=alert(1)>\nx\n:::',
    '::: lcc-exercise "><script>alert(1)</script>\n:::',
    '[[term:"><script>alert(1)</script>]]',
    '[[term:a|<svg onload=alert(1)>]]',
    '<iframe src="https://evil.example"></iframe>',
    '`<script>` and\n\n```html\n<script>alert(1)</script>\n```',
  ];
  /** Tags actually emitted (escaped text such as `&lt;img onerror=…&gt;` is harmless and not a tag). */
  const tags = (html: string) => [...html.matchAll(/<([a-z0-9]+)([^>]*)>/gi)].map((m) => ({ name: (m[1] ?? '').toLowerCase(), attrs: m[2] ?? '' }));
  it.each(attacks)('%s', (attack) => {
    const html = renderMarkdown(attack, { glossary });
    for (const tag of tags(html)) {
      expect(['script', 'img', 'iframe', 'svg', 'style', 'object']).not.toContain(tag.name);
      expect(tag.attrs).not.toMatch(/\son\w+\s*=/i);
      expect(tag.attrs).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
    }
  });
  it('escapes raw HTML in plain-text fields such as front matter titles', () => {
    expect(renderPlainText('<img src=x onerror=alert(1)> & "x"')).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;x&quot;');
  });
});

describe('scanMarkdown', () => {
  it('finds references with their file lines and skips code', () => {
    const scan = scanMarkdown('Intro [[term:lcc]]\n\n```\n[[term:not-scanned]]\n```\n\n`[[term:inline]]` [x](lesson:m/l)\n', 10);
    expect(scan.refs).toEqual([
      { kind: 'term', id: 'lcc', line: 10 },
      { kind: 'lesson', module: 'm', lesson: 'l', line: 16 },
    ]);
  });
  it('reports links that are neither web nor academy links', () => {
    expect(scanMarkdown('[x](other.md)').problems[0]?.message).toBe('unsupported link "other.md": use http(s), mailto, lesson:, practice: or criteria:');
  });
});

describe('glossary terms in tables', () => {
  it('reads the id before an escaped label separator', () => {
    const scan = scanMarkdown('| a | [[term:label\\|Gütezeichen]] |\n|---|---|\n');
    expect(scan.refs.filter((r) => r.kind === 'term').map((r) => r.id)).toEqual(['label']);
  });
});
