import {
  kitLabels,
  type BundleCourseKit,
  type BundleModuleKit,
  type SourceRef,
} from '@academy/curriculum';
import { PdfWriter } from './pdf-writer.js';

type CardsText = BundleModuleKit['cards'][string];
type FormText = NonNullable<BundleCourseKit['evaluationForm']>['texts'][string];
type GuideText = BundleCourseKit['trainerGuide'][string];

export interface PrintContext {
  locale: string;
  /** E.g. "Circular Procurement Academy 2.2.0". */
  footer: string;
}

function sourcesPage(w: PdfWriter, sources: SourceRef[], heading: string): void {
  if (!sources.length) return;
  w.gap(12);
  w.text(heading, { size: 13, bold: true, color: 'accent' });
  for (const s of sources) {
    const detail = [s.publisher, s.year].filter((x) => x !== undefined).join(', ');
    w.text(`${s.title}${detail ? ` (${detail})` : ''}${s.url ? ` ${s.url}` : ''}`, {
      size: 9,
      color: 'muted',
      after: 3,
    });
  }
}

/** Role cards, bid cards, canvases and handouts of one module: one card per A4 page, sources last. */
export async function renderCardsPdf(
  moduleTitle: string,
  cards: CardsText,
  sources: SourceRef[],
  ctx: PrintContext,
): Promise<Uint8Array> {
  const l = kitLabels(ctx.locale);
  const w = await PdfWriter.create({
    title: `${moduleTitle}: ${cards.title}`,
    locale: ctx.locale,
    subject: l.cards,
  });
  cards.cards.forEach((card, i) => {
    if (i > 0) w.newPage();
    w.text(`${l.kinds[card.kind].toUpperCase()} · ${moduleTitle}`, {
      size: 9,
      bold: true,
      color: 'muted',
    });
    w.text(card.title, { size: 20, bold: true, color: 'accent', after: 10 });
    w.blocks(card.blocks);
    if (card.kind === 'canvas') {
      w.gap(6);
      w.grid(card.boxes.map((b) => b.label));
    } else {
      for (const b of card.boxes) w.box(b.label, 110);
    }
  });
  w.newPage();
  w.text(cards.title, { size: 16, bold: true, color: 'accent' });
  sourcesPage(w, sources, l.sources);
  return w.finish(`${cards.title} – ${ctx.footer}`, l.page);
}

/** The participants' evaluation form: scale questions with five circles, open questions with a box. */
export async function renderEvaluationPdf(
  form: NonNullable<BundleCourseKit['evaluationForm']>,
  text: FormText,
  ctx: PrintContext,
): Promise<Uint8Array> {
  const l = kitLabels(ctx.locale);
  const w = await PdfWriter.create({ title: text.title, locale: ctx.locale, subject: text.title });
  w.text(text.title, { size: 20, bold: true, color: 'accent', after: 8 });
  w.text(text.intro, { color: 'muted', after: 12 });
  form.questions.forEach((q, i) => {
    const prompt = `${i + 1}. ${text.questions[q.id] ?? q.id}`;
    if (q.type === 'scale') {
      w.text(prompt, { bold: true, after: 2 });
      w.scale(text.scale.low, text.scale.high);
    } else w.box(prompt, 90);
  });
  return w.finish(`${text.title} – ${ctx.footer}`, l.page);
}

/** The train-the-trainer guide as a printable booklet. */
export async function renderGuidePdf(
  text: GuideText,
  sources: SourceRef[],
  ctx: PrintContext,
): Promise<Uint8Array> {
  const l = kitLabels(ctx.locale);
  const w = await PdfWriter.create({ title: text.title, locale: ctx.locale, subject: text.title });
  w.text(text.title, { size: 22, bold: true, color: 'accent', after: 12 });
  w.blocks(text.blocks);
  sourcesPage(w, sources, l.sources);
  return w.finish(`${text.title} – ${ctx.footer}`, l.page);
}
