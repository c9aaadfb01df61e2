import { inflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { sampleCertificateInput } from '../sample-input.js';
import { renderCertificatePdf } from './render-certificate.js';

interface ShownText {
  text: string;
  x: number;
}

/**
 * Reads the text a PDF viewer would let you select: inflates every FlateDecode stream and
 * decodes the hex strings shown with `Tj` (pdf-lib writes standard-font text as WinAnsi hex),
 * paired with the x of the preceding text matrix.
 */
function shownText(pdf: Uint8Array): ShownText[] {
  const bytes = Buffer.from(pdf);
  const raw = bytes.toString('latin1');
  const winAnsi = new TextDecoder('windows-1252');
  const out: ShownText[] = [];
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    let content: string;
    try {
      content = inflateSync(bytes.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const t of content.matchAll(/1 0 0 1 (-?[\d.]+) -?[\d.]+ Tm\s+<([0-9A-Fa-f]*)> Tj/g)) {
      out.push({ x: Number(t[1]), text: winAnsi.decode(Buffer.from(t[2] ?? '', 'hex')) });
    }
  }
  return out;
}

const texts = (pdf: Uint8Array) => shownText(pdf).map((t) => t.text);

/** The page's text as PDF.js (Firefox's viewer) extracts it, rotated text included. */
async function viewerText(pdf: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: pdf.slice(), verbosity: 0 }).promise;
  const content = await (await doc.getPage(1)).getTextContent();
  await doc.destroy();
  return content.items.map((item) => ('str' in item ? item.str : '')).join('\n');
}

describe('renderCertificatePdf', () => {
  it('renders one A4 landscape page with document metadata', async () => {
    const pdf = await renderCertificatePdf(sampleCertificateInput());
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    expect(doc.getPageCount()).toBe(1);
    const size = doc.getPage(0).getSize();
    expect(size.width).toBeCloseTo(841.89, 1);
    expect(size.height).toBeCloseTo(595.28, 1);
    // Metadata is UTF-16, so it keeps the exact name even where the page text is transliterated.
    expect(doc.getTitle()).toContain('Zoë Ødegård-Łukasz');
    expect(doc.getAuthor()).toBe('Circular Procurement Academy');
    expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('en');
  });

  it('writes the name, course and details as selectable text in English', async () => {
    const shown = texts(await renderCertificatePdf(sampleCertificateInput()));
    expect(shown).toEqual(
      expect.arrayContaining([
        'Certificate of completion',
        'awarded to',
        'Zoë Ødegård-Lukasz',
        'Circular public procurement: from strategy to contract management',
        'Curriculum version',
        '1.4.0 · 9f2c4e1ab3d5',
        'March 14, 2026',
        'Verify at',
        'academy.example.org/verify/3f1c2a9e-5b7d-4c1e-9a2f-8d6b0e4c7a11',
        'Circular Procurement Academy',
      ]),
    );
  });

  it('uses Dutch and German labels and date formats', async () => {
    const nl = texts(await renderCertificatePdf(sampleCertificateInput({ locale: 'nl-BE' })));
    expect(nl).toEqual(
      expect.arrayContaining(['Certificaat', 'uitgereikt aan', '14 maart 2026', 'Controleer op']),
    );
    const de = texts(await renderCertificatePdf(sampleCertificateInput({ locale: 'de' })));
    expect(de).toEqual(
      expect.arrayContaining(['Zertifikat', 'verliehen an', '14. März 2026', 'Prüfen unter']),
    );
  });

  it('prints edition and cohort when present, and a shorter URL when given', async () => {
    const input = sampleCertificateInput({
      curriculum: { version: '1.4.0', contentHash: 'sha256:ab', edition: 'Amsterdam' },
      cohort: { name: 'Spring 2026' },
    });
    const shown = texts(await renderCertificatePdf(input, { displayUrl: 'cpa.example/v/3f1c' }));
    expect(shown).toEqual(
      expect.arrayContaining([
        'Edition',
        'Amsterdam',
        'Cohort',
        'Spring 2026',
        'cpa.example/v/3f1c',
      ]),
    );
  });

  it('keeps long names and titles inside the frame', async () => {
    const pdf = await renderCertificatePdf(
      sampleCertificateInput({
        recipientName: 'Maria-Alexandra Konstantinopoulou-Van der Heijden-Schwarzenegger',
        courseTitle:
          'Circular public procurement for furniture, textiles, ICT equipment and construction works: a practical course for municipal buyers',
      }),
    );
    const shown = shownText(pdf);
    expect(shown.map((t) => t.text)).toContain(
      'Maria-Alexandra Konstantinopoulou-Van der Heijden-Schwarzenegger',
    );
    expect(shown.filter((t) => t.text.startsWith('Circular public procurement for'))).toHaveLength(
      1,
    );
    for (const t of shown) expect(t.x, t.text).toBeGreaterThanOrEqual(40);
  });

  it('renders names with characters Helvetica cannot encode', async () => {
    const shown = texts(
      await renderCertificatePdf(sampleCertificateInput({ recipientName: 'Γιώργος Жана 王' })),
    );
    expect(shown).toContain('Giorgos Zhana ?');
  });

  it('stamps a revoked certificate REVOKED with the revocation date, in its language', async () => {
    const revokedAt = new Date('2026-04-01T10:00:00Z');
    const valid = await viewerText(await renderCertificatePdf(sampleCertificateInput()));
    expect(valid).toContain('Certificate of completion');
    expect(valid).not.toMatch(/REVOKED|Revoked/);

    const en = await viewerText(await renderCertificatePdf(sampleCertificateInput(), { revokedAt }));
    expect(en).toMatch(/^REVOKED$/m);
    expect(en).toContain('Revoked on April 1, 2026');
    expect(en).toContain('This certificate is no longer valid.');
    const nl = await viewerText(await renderCertificatePdf(sampleCertificateInput({ locale: 'nl' }), { revokedAt }));
    expect(nl).toMatch(/^INGETROKKEN$/m);
    expect(nl).toContain('Ingetrokken op 1 april 2026');
    const de = await viewerText(await renderCertificatePdf(sampleCertificateInput({ locale: 'de' }), { revokedAt }));
    expect(de).toMatch(/^WIDERRUFEN$/m);
    expect(de).toContain('Widerrufen am 1. April 2026');

    const doc = await PDFDocument.load(await renderCertificatePdf(sampleCertificateInput(), { revokedAt }), { updateMetadata: false });
    expect(doc.getTitle()).toMatch(/^REVOKED: /);
  });
});
