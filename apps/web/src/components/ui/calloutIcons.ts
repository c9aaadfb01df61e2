import {
  BookOpen,
  ClipboardList,
  Info,
  Lightbulb,
  Scale,
  TriangleAlert,
  type LucideIcon,
} from 'lucide-vue-next';
import { h, render } from 'vue';

/** One icon per kind of callout in curriculum text (see curriculum/README.md, "academy blocks"). */
const icons: Record<string, LucideIcon> = {
  tip: Lightbulb,
  warning: TriangleAlert,
  law: Scale,
  example: BookOpen,
  task: ClipboardList,
};

/**
 * Puts the kind's icon before each callout label of rendered curriculum HTML. The icon is
 * decorative (aria-hidden): the label already names the kind in words.
 */
export function addCalloutIcons(root: HTMLElement): void {
  for (const label of root.querySelectorAll<HTMLElement>('aside.callout > .callout-label')) {
    if (label.querySelector('.callout-icon')) continue;
    const aside = label.parentElement!;
    const kind =
      aside.dataset.kind ??
      [...aside.classList].find((c) => c.startsWith('callout-'))?.slice(8) ??
      '';
    const holder = document.createElement('span');
    holder.className = 'callout-icon';
    label.prepend(holder);
    render(h(icons[kind] ?? Info, { size: 18 }), holder);
  }
}
