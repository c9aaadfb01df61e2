// @vitest-environment jsdom
import { addCalloutIcons } from './calloutIcons';

describe('callout icons in curriculum text', () => {
  it('puts a decorative icon of its kind before each callout label, once', () => {
    const root = document.createElement('div');
    root.innerHTML = `
      <aside class="callout callout-warning"><p class="callout-label">Watch out</p><p>Text</p></aside>
      <aside class="callout" data-kind="law"><p class="callout-label">The law</p></aside>
      <aside class="callout callout-unknown"><p class="callout-label">Note</p></aside>`;
    addCalloutIcons(root);
    addCalloutIcons(root);
    const icons = [...root.querySelectorAll('.callout-label svg')];
    expect(icons.map((i) => i.getAttribute('class'))).toEqual([
      expect.stringContaining('lucide-triangle-alert'),
      expect.stringContaining('lucide-scale'),
      expect.stringContaining('lucide-info'),
    ]);
    expect(icons.every((i) => i.getAttribute('aria-hidden') === 'true')).toBe(true);
    // The label still reads as its words.
    expect(root.querySelector('.callout-label')!.textContent).toBe('Watch out');
  });
});
