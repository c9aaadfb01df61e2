// Kit files written into a copy of the fixture curriculum (not a spec: *.fixtures.ts files are excluded from the build).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sourceHash } from '@academy/curriculum';

const SLIDES_EN = `---
title: Intro slides
sources:
  - title: Public Procurement for a Circular Economy
    url: https://example.org/guide
---

## Linear or circular?

Take, make, **use**, throw away.

---

## Close the loops

- Reuse first
- <script>alert(1)</script> stays text
`;
const CARDS = `cards:
  - { id: role-finance, kind: role }
  - { id: canvas, kind: canvas, boxes: [need, risk] }
`;
const CARDS_EN = `title: Intro cards
cards:
  role-finance:
    title: Finance controller
    text: |
      Which budget pays for this?
      - What does it cost over the whole period?
  canvas:
    title: Model canvas
    boxes: { need: The need, risk: Biggest risk }
`;
const cardsIn = (locale: string, title: string, finance: string) => `title: ${title}
sourceHash: ${sourceHash(CARDS_EN)}
cards:
  role-finance:
    title: ${finance}
    text: ${finance}
  canvas:
    title: Canvas
    boxes: { need: N, risk: R }
`;

/** Adds slides and cards (en, nl, bg) to the intro module, and an evaluation form and guide. */
export function writeKit(
  root: string,
  edit: (rel: string, from: string | RegExp, to: string) => void,
): void {
  edit('curriculum.yaml', 'locales: [en, nl, de]', 'locales: [en, nl, de, bg]');
  const write = (rel: string, text: string) => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  write('modules/intro/kit/slides.en.md', SLIDES_EN);
  write(
    'modules/intro/kit/slides.nl.md',
    `---\ntitle: Introductiedia's\nsourceHash: ${sourceHash(SLIDES_EN)}\n---\n\n## Lineair of circulair?\n\nNemen, maken, gebruiken, weggooien.\n\n---\n\n## Kringlopen sluiten\n\n- Eerst hergebruik\n`,
  );
  write('modules/intro/kit/cards.yaml', CARDS);
  write('modules/intro/kit/cards.en.yaml', CARDS_EN);
  write(
    'modules/intro/kit/cards.nl.yaml',
    cardsIn('nl', 'Introductiekaarten', 'Financieel controller'),
  );
  write(
    'modules/intro/kit/cards.bg.yaml',
    cardsIn('bg', 'Карти за въведението', 'Финансов контрольор'),
  );
  write(
    'kit/evaluation-form.yaml',
    'questions:\n  - { id: overall, type: scale }\n  - { id: improve, type: text }\n',
  );
  write(
    'kit/evaluation-form.en.yaml',
    'title: Workshop evaluation\nintro: Anonymous.\nscale: { low: disagree, high: agree }\nquestions:\n  overall: Worth my time.\n  improve: What should change?\n',
  );
  write(
    'kit/train-the-trainer.en.md',
    '---\ntitle: Train the trainer\n---\n\n## Before the workshop\n\n- Download the kit from the cohort page.\n\n| Time | Activity |\n|---|---|\n| 0:00 | Welcome |\n',
  );
}
