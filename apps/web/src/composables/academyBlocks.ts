import DOMPurify from 'dompurify';

/** What the enhancer needs from the page: translations and navigation. */
export interface AcademyBlockOptions {
  /** Translated name of a callout kind (tip, warning, law, example, task). */
  calloutLabel: (kind: string) => string;
  /** Placeholder text for a life-cycle costing exercise. */
  exerciseText: (id: string) => string;
  /** Lets a later page mount the real calculator instead of the placeholder. */
  renderExercise?: (element: HTMLElement, id: string) => void;
  /** Prefix for generated ids, unique per rendered block of HTML. */
  idPrefix: string;
}

/**
 * The server sanitises lesson HTML already; this second pass protects against a compromised import.
 * Formulas arrive as MathML (rendered by KaTeX at import), which the browser lays out natively.
 */
export function purify(html: string): string {
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true, mathMl: true } });
}

function labelCallouts(root: HTMLElement, options: AcademyBlockOptions) {
  for (const aside of root.querySelectorAll<HTMLElement>('aside.callout')) {
    if (aside.querySelector(':scope > .callout-label')) continue;
    const kind =
      aside.dataset.kind ??
      [...aside.classList].find((c) => c.startsWith('callout-'))?.slice(8) ??
      '';
    const name = options.calloutLabel(kind);
    const label = document.createElement('p');
    label.className = 'callout-label';
    label.textContent = name;
    aside.prepend(label);
    const title = aside.querySelector(':scope > .callout-title')?.textContent?.trim();
    aside.setAttribute('aria-label', title ? `${name}: ${title}` : name);
  }
}

/** Each defined term becomes a button that shows its definition: reachable by keyboard and touch. */
function enhanceTerms(root: HTMLElement, options: AcademyBlockOptions) {
  root.querySelectorAll<HTMLElement>('dfn.term[title]').forEach((dfn, index) => {
    const definition = dfn.getAttribute('title') ?? '';
    const id = `${options.idPrefix}-term-${index}`;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'term-button';
    button.textContent = dfn.textContent;
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', id);
    const popover = document.createElement('span');
    popover.id = id;
    popover.className = 'term-definition';
    popover.hidden = true;
    popover.textContent = definition;
    dfn.removeAttribute('title');
    dfn.replaceChildren(button, popover);
  });
}

function placeholderExercises(root: HTMLElement, options: AcademyBlockOptions) {
  for (const box of root.querySelectorAll<HTMLElement>('div.lcc-exercise[data-exercise]')) {
    const id = box.dataset.exercise ?? '';
    if (options.renderExercise) {
      options.renderExercise(box, id);
      continue;
    }
    const text = document.createElement('p');
    text.textContent = options.exerciseText(id);
    box.replaceChildren(text);
  }
}

/** Adds labels, term buttons and exercise placeholders to HTML rendered from curriculum Markdown. */
export function enhanceAcademyBlocks(root: HTMLElement, options: AcademyBlockOptions): void {
  labelCallouts(root, options);
  enhanceTerms(root, options);
  placeholderExercises(root, options);
}

/** Toggles a term's definition; returns true when the event was handled. */
export function toggleTerm(target: EventTarget | null, close = false): boolean {
  const button =
    target instanceof Element ? target.closest<HTMLButtonElement>('button.term-button') : null;
  if (!button) return false;
  const popover = document.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!popover) return false;
  const open = close ? false : button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', String(open));
  popover.hidden = !open;
  return true;
}

/** The in-app path of an internal link that a plain left click should open with the router. */
export function internalLinkTarget(event: MouseEvent): string | null {
  if (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  )
    return null;
  const link =
    event.target instanceof Element
      ? event.target.closest<HTMLAnchorElement>('a[data-internal]')
      : null;
  const href = link?.getAttribute('href') ?? '';
  return href.startsWith('/') && !href.startsWith('//') ? href : null;
}
