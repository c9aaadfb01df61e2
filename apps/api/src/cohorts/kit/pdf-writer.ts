import { embedCertificateFonts, type CertificateFonts } from '@academy/credentials';
import type { PrintBlock } from '@academy/curriculum';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

export const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const ACCENT = rgb(0.07, 0.38, 0.33);
const INK = rgb(0.12, 0.14, 0.16);
const MUTED = rgb(0.4, 0.43, 0.46);

/**
 * A small flowing-text layout on A4 pages (pdf-lib draws, it does not lay out): wrapped
 * paragraphs, headings, bullets, table rows and boxes to write in, page breaks, a footer.
 */
export class PdfWriter {
  private page!: PDFPage;
  private y = 0;
  private pages: PDFPage[] = [];
  readonly width = A4[0] - 2 * MARGIN;

  private constructor(
    readonly doc: PDFDocument,
    private readonly fonts: CertificateFonts,
  ) {}

  static async create(meta: {
    title: string;
    locale: string;
    subject: string;
  }): Promise<PdfWriter> {
    const doc = await PDFDocument.create();
    const w = new PdfWriter(doc, await embedCertificateFonts(doc));
    doc.setTitle(meta.title, { showInWindowTitleBar: true });
    doc.setLanguage(meta.locale);
    doc.setSubject(meta.subject);
    doc.setCreator('Circular Procurement Academy');
    doc.setProducer('Circular Procurement Academy (pdf-lib)');
    w.newPage();
    return w;
  }

  newPage(): void {
    this.page = this.doc.addPage(A4);
    this.pages.push(this.page);
    this.y = A4[1] - MARGIN;
  }

  /** Space left on the page above the footer. */
  get room(): number {
    return this.y - MARGIN - 20;
  }

  private ensure(height: number): void {
    if (height > this.room) this.newPage();
  }

  wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(candidate, size) > width) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    if (line) lines.push(line);
    return lines;
  }

  text(
    text: string,
    opts: {
      size?: number;
      bold?: boolean;
      color?: 'ink' | 'muted' | 'accent';
      indent?: number;
      after?: number;
    } = {},
  ): void {
    const size = opts.size ?? 11;
    const font = opts.bold ? this.fonts.bold : this.fonts.regular;
    const color = opts.color === 'muted' ? MUTED : opts.color === 'accent' ? ACCENT : INK;
    const indent = opts.indent ?? 0;
    const lead = size * 1.35;
    for (const line of this.wrap(text, font, size, this.width - indent)) {
      this.ensure(lead);
      this.y -= lead;
      this.page.drawText(line, { x: MARGIN + indent, y: this.y, size, font, color });
    }
    this.y -= opts.after ?? size * 0.5;
  }

  gap(points: number): void {
    this.y -= points;
  }

  blocks(blocks: PrintBlock[]): void {
    for (const b of blocks) {
      if (b.kind === 'heading') {
        this.ensure(60);
        this.gap(6);
        this.text(b.text, { size: (b.level ?? 2) <= 2 ? 14 : 12, bold: true, color: 'accent' });
      } else if (b.kind === 'item') {
        const indent = 14 * (b.level ?? 1);
        const top = this.y;
        this.text(b.text, { indent, after: 3 });
        // The bullet goes beside the item's first line (on its page).
        if (top - this.y < 40 && top > this.y)
          this.page.drawText('•', {
            x: MARGIN + indent - 10,
            y: top - 11 * 1.35,
            size: 11,
            font: this.fonts.regular,
            color: INK,
          });
      } else if (b.kind === 'row') this.row(b.cells ?? [b.text]);
      else this.text(b.text);
    }
  }

  /** A table row: equal columns, each cell wrapped, a hairline under the row. */
  private row(cells: string[]): void {
    const colWidth = this.width / cells.length;
    const size = 9.5;
    const lead = size * 1.35;
    const wrapped = cells.map((c) => this.wrap(c, this.fonts.regular, size, colWidth - 6));
    const height = Math.max(1, ...wrapped.map((w) => w.length)) * lead + 6;
    this.ensure(height);
    wrapped.forEach((lines, i) =>
      lines.forEach((line, n) =>
        this.page.drawText(line, {
          x: MARGIN + i * colWidth,
          y: this.y - lead * (n + 1),
          size,
          font: this.fonts.regular,
          color: INK,
        }),
      ),
    );
    this.y -= height;
    this.page.drawLine({
      start: { x: MARGIN, y: this.y + 3 },
      end: { x: MARGIN + this.width, y: this.y + 3 },
      thickness: 0.4,
      color: MUTED,
    });
  }

  /** A labelled box to write in, `height` points tall (shrunk to the room left if need be). */
  box(label: string, height: number, width = this.width, x = 0): void {
    this.ensure(Math.min(height, 120) + 20);
    const h = Math.min(height, this.room - 4);
    this.page.drawRectangle({
      x: MARGIN + x,
      y: this.y - h,
      width,
      height: h,
      borderColor: ACCENT,
      borderWidth: 1,
    });
    const lines = this.wrap(label, this.fonts.bold, 10, width - 12);
    lines.forEach((line, i) =>
      this.page.drawText(line, {
        x: MARGIN + x + 6,
        y: this.y - 14 - i * 13,
        size: 10,
        font: this.fonts.bold,
        color: ACCENT,
      }),
    );
    this.y -= h + 10;
  }

  /** A grid of boxes filling the rest of the page (canvases): two columns. */
  grid(labels: string[]): void {
    const cols = labels.length > 3 ? 2 : 1;
    const rows = Math.ceil(labels.length / cols);
    const gap = 8;
    const h = (this.room - gap * rows) / rows;
    const w = (this.width - gap * (cols - 1)) / cols;
    const top = this.y;
    labels.forEach((label, i) => {
      const r = Math.floor(i / cols);
      const c = i % cols;
      this.y = top - r * (h + gap);
      const x = c * (w + gap);
      this.page.drawRectangle({
        x: MARGIN + x,
        y: this.y - h,
        width: w,
        height: h,
        borderColor: ACCENT,
        borderWidth: 1,
      });
      this.wrap(label, this.fonts.bold, 10, w - 12).forEach((line, n) =>
        this.page.drawText(line, {
          x: MARGIN + x + 6,
          y: this.y - 14 - n * 13,
          size: 10,
          font: this.fonts.bold,
          color: ACCENT,
        }),
      );
    });
    this.y = top - rows * (h + gap);
  }

  /** A row of tick circles 1–5 with the scale's end labels. */
  scale(low: string, high: string): void {
    this.ensure(34);
    const y = this.y - 14;
    for (let i = 1; i <= 5; i++) {
      const x = MARGIN + 20 + (i - 1) * 44;
      this.page.drawCircle({ x, y, size: 7, borderColor: ACCENT, borderWidth: 1 });
      this.page.drawText(String(i), {
        x: x - 3,
        y: y - 20,
        size: 9,
        font: this.fonts.regular,
        color: MUTED,
      });
    }
    this.page.drawText(this.fit(`1 = ${low}   5 = ${high}`, 9), {
      x: MARGIN + 250,
      y: y - 3,
      size: 9,
      font: this.fonts.regular,
      color: MUTED,
    });
    this.y -= 40;
  }

  private fit(text: string, size: number): string {
    let t = text;
    while (t.length > 3 && this.fonts.regular.widthOfTextAtSize(t, size) > this.width - 250)
      t = `${t.slice(0, -2)}…`;
    return t;
  }

  /** Footer on every page: the document title and "Page n / m". */
  async finish(footer: string, pageLabel: string): Promise<Uint8Array> {
    this.pages.forEach((p, i) => {
      const label = `${footer} · ${pageLabel} ${i + 1}/${this.pages.length}`;
      const line = this.wrap(label, this.fonts.regular, 8, this.width)[0] ?? '';
      p.drawText(line, {
        x: MARGIN,
        y: MARGIN - 22,
        size: 8,
        font: this.fonts.regular,
        color: MUTED,
      });
    });
    return this.doc.save();
  }
}
