import { createHash } from 'node:crypto';
import type { SourceRef } from '../schemas/index.js';
import { kitLabels } from './labels.js';

export interface DeckInput {
  /** The locale the slides are shown in (the `lang` of the page). */
  locale: string;
  moduleTitle: string;
  title: string;
  /** Sanitized slide HTML from the release (the lesson renderer's output). */
  slides: string[];
  sources: SourceRef[];
  /** E.g. "Circular Procurement Academy 2.2.0". */
  footer: string;
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/**
 * The deck's only script, fixed text so that a Content-Security-Policy can allow it by hash.
 * Without it every slide shows one after another (and prints that way).
 */
export const DECK_SCRIPT = `(function () {
  var slides = Array.prototype.slice.call(document.querySelectorAll('.slide'));
  var counter = document.getElementById('current');
  var index = 0;
  document.documentElement.classList.add('js');
  function show(i) {
    index = Math.max(0, Math.min(slides.length - 1, i));
    slides.forEach(function (s, n) { s.hidden = n !== index; });
    counter.textContent = String(index + 1);
    if (location.hash !== '#' + (index + 1)) history.replaceState(null, '', '#' + (index + 1));
  }
  document.addEventListener('keydown', function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    var k = e.key;
    if (k === 'ArrowRight' || k === 'ArrowDown' || k === 'PageDown' || (k === ' ' && !e.shiftKey)) show(index + 1);
    else if (k === 'ArrowLeft' || k === 'ArrowUp' || k === 'PageUp' || (k === ' ' && e.shiftKey)) show(index - 1);
    else if (k === 'Home') show(0);
    else if (k === 'End') show(slides.length - 1);
    else return;
    e.preventDefault();
  });
  document.getElementById('prev').addEventListener('click', function () { show(index - 1); });
  document.getElementById('next').addEventListener('click', function () { show(index + 1); });
  window.addEventListener('beforeprint', function () { slides.forEach(function (s) { s.hidden = false; }); });
  window.addEventListener('afterprint', function () { show(index); });
  var start = parseInt(location.hash.slice(1), 10);
  show(isNaN(start) ? 0 : start - 1);
})();`;

/** `sha256-…` source for a Content-Security-Policy `script-src` allowing DECK_SCRIPT. */
export const DECK_SCRIPT_CSP = `'sha256-${createHash('sha256').update(DECK_SCRIPT).digest('base64')}'`;

const STYLE = `
*{box-sizing:border-box}
html,body{margin:0;height:100%;background:#10302b;font-family:"Noto Sans","DejaVu Sans",system-ui,sans-serif;color:#1e2328}
main{display:flex;flex-direction:column;gap:2rem;padding:2rem}
.slide{background:#fff;aspect-ratio:16/9;width:min(100%,calc((100vh - 6rem)*16/9));margin:0 auto;padding:4vmin 6vmin;overflow:auto;font-size:clamp(14px,2.3vmin,30px);line-height:1.4;border-radius:6px}
.slide[hidden]{display:none}
.slide h2{color:#125f54;font-size:1.7em;margin:0 0 .6em}
.slide h3{color:#125f54;margin:.6em 0 .3em}
.slide li{margin:.25em 0}
.slide table{border-collapse:collapse}
.slide th,.slide td{border:1px solid #9aa5a3;padding:.2em .5em;text-align:left}
.slide aside{border-left:6px solid #125f54;background:#eef5f3;padding:.4em .8em;margin:.6em 0}
.slide a{color:#0b4f8a}
.title-slide{display:flex;flex-direction:column;justify-content:center}
.title-slide h1{color:#125f54;font-size:2.2em;margin:0 0 .3em}
.title-slide p{font-size:1.2em;margin:0}
.sources ol{font-size:.75em}
footer{display:none}
.js main{height:100%;justify-content:center;padding:1rem 1rem 2.6rem}
.js footer{display:flex;position:fixed;bottom:.4rem;right:1rem;gap:.8rem;align-items:center;color:#fff;font-size:15px}
footer button{font:inherit;background:#fff;color:#10302b;border:0;border-radius:4px;padding:.25rem .7rem;cursor:pointer}
footer button:focus-visible{outline:3px solid #ffd166;outline-offset:2px}
.meta{color:#5c6670;font-size:.7em;margin-top:1.5em}
@page{size:A4 landscape;margin:10mm}
@media print{
  html,body{background:#fff;height:auto}
  main,.js main{display:block;padding:0;height:auto}
  .slide,.slide[hidden]{display:block!important;width:100%;aspect-ratio:auto;height:185mm;border-radius:0;padding:8mm 12mm;font-size:16pt;overflow:hidden;break-after:page}
  footer,.js footer{display:none}
}`;

function sourceItem(s: SourceRef): string {
  const parts = [s.publisher, s.year].filter((x) => x !== undefined).map(String);
  const title = s.url ? `<a href="${esc(s.url)}">${esc(s.title)}</a>` : esc(s.title);
  return `<li>${title}${parts.length ? ` (${esc(parts.join(', '))})` : ''}</li>`;
}

/** A self-contained HTML slide deck: one page, inline CSS, one inline script, no external requests. */
export function renderSlideDeck(input: DeckInput): string {
  const l = kitLabels(input.locale);
  const sections = [
    `<section class="slide title-slide" aria-label="${esc(l.slide)} 1"><h1>${esc(input.moduleTitle)}</h1><p>${esc(input.title)}</p><p class="meta">${esc(input.footer)}</p></section>`,
    ...input.slides.map((html, i) => `<section class="slide" aria-label="${esc(l.slide)} ${i + 2}">${html}</section>`),
  ];
  if (input.sources.length)
    sections.push(`<section class="slide sources" aria-label="${esc(l.slide)} ${sections.length + 1}"><h2>${esc(l.sources)}</h2><ol>${input.sources.map(sourceItem).join('')}</ol></section>`);
  return `<!doctype html>
<html lang="${esc(input.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(input.moduleTitle)} – ${esc(l.slides)}</title>
<style>${STYLE}</style>
</head>
<body>
<main aria-roledescription="carousel" aria-label="${esc(input.moduleTitle)}">
${sections.join('\n')}
</main>
<footer><button type="button" id="prev" aria-label="${esc(l.previous)}">‹</button><span role="status"><span id="current">1</span> / <span id="total">${sections.length}</span></span><button type="button" id="next" aria-label="${esc(l.next)}">›</button></footer>
<script>${DECK_SCRIPT}</script>
</body>
</html>
`;
}
