// @vitest-environment jsdom
import { enhanceAcademyBlocks, internalLinkTarget, purify, toggleTerm } from './academyBlocks';

const options = {
  idPrefix: 't',
  calloutLabel: (kind: string) => `label:${kind}`,
  exerciseText: (id: string) => `exercise ${id} soon`,
};

function render(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = purify(html);
  document.body.replaceChildren(root);
  return root;
}

describe('academy blocks', () => {
  it('removes scripts and event handlers but keeps the academy markup', () => {
    const root = render(
      '<aside class="callout callout-tip" data-kind="tip"><p onclick="x()">Hi</p></aside><script>alert(1)</script><img src=x onerror="alert(1)">',
    );
    expect(root.querySelector('script')).toBeNull();
    expect(root.innerHTML).not.toContain('onerror');
    expect(root.innerHTML).not.toContain('onclick');
    expect(root.querySelector('aside.callout-tip')?.getAttribute('data-kind')).toBe('tip');
  });

  it('keeps formulas as MathML, without scripts or links inside them', () => {
    const root = render(
      '<p>PV <span class="katex"><math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mrow>' +
        '<mfrac><mi>A</mi><msup><mrow><mo stretchy="false">(</mo><mn>1</mn><mo>+</mo><mi>r</mi><mo stretchy="false">)</mo></mrow>' +
        '<mi>t</mi></msup></mfrac><mspace width="1em"></mspace><maction actiontype="statusline"><mi onclick="x()">y</mi>' +
        '<mtext><a href="javascript:alert(1)">z</a></mtext></maction></mrow></math></span></p>',
    );
    const math = root.querySelector('math')!;
    expect(math.namespaceURI).toBe('http://www.w3.org/1998/Math/MathML');
    expect(math.getAttribute('display')).toBe('block');
    expect(math.querySelector('mfrac > msup > mi')?.textContent).toBe('t');
    expect(math.querySelector('mo')?.getAttribute('stretchy')).toBe('false');
    expect(math.querySelector('mspace')?.getAttribute('width')).toBe('1em');
    expect(root.innerHTML).not.toMatch(/onclick|javascript:|maction/);
  });

  it('labels callouts with their translated kind, once', () => {
    const root = render(
      '<aside class="callout callout-law" data-kind="law"><p class="callout-title">Article 68</p><p>Text</p></aside>',
    );
    enhanceAcademyBlocks(root, options);
    enhanceAcademyBlocks(root, options);
    const aside = root.querySelector('aside')!;
    expect(aside.querySelectorAll('.callout-label')).toHaveLength(1);
    expect(aside.firstElementChild?.textContent).toBe('label:law');
    expect(aside.getAttribute('aria-label')).toBe('label:law: Article 68');
  });

  it('turns defined terms into buttons that show and hide the definition', () => {
    const root = render(
      '<p>About <dfn class="term" data-term="lcc" title="All costs over the life of a product.">life-cycle costs</dfn>.</p>',
    );
    enhanceAcademyBlocks(root, options);
    const button = root.querySelector('button.term-button')!;
    const definition = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(button.textContent).toBe('life-cycle costs');
    expect(definition.textContent).toBe('All costs over the life of a product.');
    expect(definition.hidden).toBe(true);
    expect(toggleTerm(button)).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(definition.hidden).toBe(false);
    toggleTerm(button, true);
    expect(definition.hidden).toBe(true);
    expect(toggleTerm(root)).toBe(false);
  });

  it('shows a placeholder for exercises unless a renderer is given', () => {
    const root = render('<div class="lcc-exercise" data-exercise="lighting-led-retrofit"></div>');
    enhanceAcademyBlocks(root, options);
    expect(root.textContent).toBe('exercise lighting-led-retrofit soon');
    const mounted: string[] = [];
    const again = render('<div class="lcc-exercise" data-exercise="ict"></div>');
    enhanceAcademyBlocks(again, { ...options, renderExercise: (_el, id) => mounted.push(id) });
    expect(mounted).toEqual(['ict']);
  });

  it('routes plain left clicks on internal links only', () => {
    const root = render(
      '<a data-internal="lesson" href="/learn/a/b"><span>in</span></a><a href="https://example.org">out</a>',
    );
    const [internal, external] = root.querySelectorAll('a');
    const click = (target: Element, init: MouseEventInit = {}) => {
      let seen: string | null = 'not-called';
      target.addEventListener(
        'click',
        (e) => {
          seen = internalLinkTarget(e as MouseEvent);
          e.preventDefault(); // jsdom cannot follow links
        },
        { once: true },
      );
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ...init }));
      return seen;
    };
    expect(click(internal!.querySelector('span')!)).toBe('/learn/a/b');
    expect(click(internal!, { ctrlKey: true })).toBeNull();
    expect(click(external!)).toBeNull();
  });
});
