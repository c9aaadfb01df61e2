import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render.js';
import { scanMarkdown } from './scan.js';

const MATH = '<math xmlns="http://www.w3.org/1998/Math/MathML"';

describe('renderMarkdown: TeX formulas as MathML', () => {
  it('renders $…$ inline, without the TeX annotation', () => {
    expect(renderMarkdown('Energy in year t: $A(1+e)^{t-1}$.')).toBe(
      `<p>Energy in year t: <span class="katex">${MATH}><mrow><mi>A</mi><mo stretchy="false">(</mo><mn>1</mn><mo>+</mo>` +
        '<mi>e</mi><msup><mo stretchy="false">)</mo><mrow><mi>t</mi><mo>−</mo><mn>1</mn></mrow></msup></mrow></math></span>.</p>\n',
    );
  });

  it('renders a $$ block on lines of its own as display math', () => {
    const html = renderMarkdown('Before\n\n$$\n\\frac{C_t}{(1+r)^t}\n$$\n\nAfter');
    expect(html).toContain(`<div class="math-display"><span class="katex">${MATH} display="block"><mrow><mfrac><msub><mi>C</mi><mi>t</mi></msub>`);
    expect(html).toMatch(/<\/math><\/span><\/div>\n<p>After<\/p>/);
    expect(html).not.toContain('annotation');
  });

  it('renders $$…$$ inside a paragraph as display math', () => {
    expect(renderMarkdown('So $$x^2$$ holds.')).toContain(`<span class="katex">${MATH} display="block"><mrow><msup><mi>x</mi><mn>2</mn></msup>`);
  });

  it('leaves prices, escaped dollars and code alone', () => {
    expect(renderMarkdown('From $5 to $10, \\$x\\$ and `$y$`.')).toBe('<p>From $5 to $10, $x$ and <code>$y$</code>.</p>\n');
    expect(renderMarkdown('$ a $ is not a formula')).not.toContain('<math');
  });

  it('shows a bad formula as its source, marked as an error', () => {
    expect(renderMarkdown('Bad $\\frac{a}{$ here')).toMatch(/^<p>Bad <span class="katex-error" title="ParseError: [^"]*">\\frac\{a\}\{<\/span> here<\/p>/);
  });

  it('keeps MathML through the sanitizer but nothing unsafe inside a formula', () => {
    const html = renderMarkdown('$\\href{javascript:alert(1)}{x} \\htmlStyle{color:red}{y} \\color{red}{z} \\quad w$');
    expect(html).toContain('<mstyle mathcolor="red"><mi>z</mi><mspace width="1em"></mspace><mi>w</mi></mstyle>');
    expect(html).not.toMatch(/javascript:|style=|<a\s/);
  });
});

describe('scanMarkdown: formulas', () => {
  it('reports a formula KaTeX cannot parse with its line, inline and in a block', () => {
    const scan = scanMarkdown('Fine $x^2$.\n\nBad $x^{$ here.\n\n$$\n\\frac{1}{\n$$\n', 20);
    expect(scan.problems).toEqual([
      { line: 22, message: `formula "x^{" cannot be rendered: Expected '}', got 'EOF'`, severity: 'error' },
      { line: 24, message: `formula "\\frac{1}{" cannot be rendered: Unexpected end of input in a macro argument, expected '}'`, severity: 'error' },
    ]);
  });

  it('does not check formulas inside code', () => {
    expect(scanMarkdown('`$\\frac{$`\n\n```\n$$\n\\frac{\n$$\n```\n').problems).toEqual([]);
  });
});
