import fontkit from '@pdf-lib/fontkit';
import {
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFString,
  decodePDFRawStream,
} from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { sampleCertificateInput } from '../sample-input.js';
import { renderCertificatePdf } from './render-certificate.js';

interface ShownText {
  text: string;
  x: number;
}

/** The text a PDF viewer lets you select, as PDF.js (Firefox's viewer) extracts it, with its x. */
async function shownText(pdf: Uint8Array): Promise<ShownText[]> {
  const doc = await getDocument({ data: pdf.slice(), verbosity: 0 }).promise;
  const content = await (await doc.getPage(1)).getTextContent();
  await doc.destroy();
  return content.items.flatMap((item) =>
    'str' in item && item.str ? [{ text: item.str, x: item.transform[4] as number }] : [],
  );
}

const texts = async (pdf: Uint8Array) => (await shownText(pdf)).map((t) => t.text);
const viewerText = async (pdf: Uint8Array) => (await texts(pdf)).join('\n');

// Each PDF embeds two whole fonts (~650 KB): on a loaded machine a few take longer than 5 s.
describe('renderCertificatePdf', { timeout: 60_000 }, () => {
  it('renders one A4 landscape page with document metadata', async () => {
    const pdf = await renderCertificatePdf(sampleCertificateInput());
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    expect(doc.getPageCount()).toBe(1);
    const size = doc.getPage(0).getSize();
    expect(size.width).toBeCloseTo(841.89, 1);
    expect(size.height).toBeCloseTo(595.28, 1);
    expect(doc.getTitle()).toContain('Zoë Ødegård-Łukasz');
    expect(doc.getAuthor()).toBe('Circular Procurement Academy');
    expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('en');
  });

  it('writes the name, course and details as selectable text in English', async () => {
    const shown = await texts(await renderCertificatePdf(sampleCertificateInput()));
    expect(shown).toEqual(
      expect.arrayContaining([
        'Certificate of completion',
        'awarded to',
        'Zoë Ødegård-Łukasz',
        // Wrapped onto two lines in the frame.
        'Circular public procurement: from strategy to contract',
        'management',
        'Curriculum version',
        '1.4.0 · 9f2c4e1ab3d5',
        '14 March 2026',
        'Verify at',
        'academy.example.org/verify/3f1c2a9e-5b7d-4c1e-9a2f-8d6b0e4c7a11',
        'Circular Procurement Academy',
      ]),
    );
  });

  it('uses Dutch and German labels and date formats', async () => {
    const nl = await texts(await renderCertificatePdf(sampleCertificateInput({ locale: 'nl-BE' })));
    expect(nl).toEqual(
      expect.arrayContaining(['Certificaat', 'uitgereikt aan', '14 maart 2026', 'Controleer op']),
    );
    const de = await texts(await renderCertificatePdf(sampleCertificateInput({ locale: 'de' })));
    expect(de).toEqual(
      expect.arrayContaining(['Zertifikat', 'verliehen an', '14. März 2026', 'Prüfen unter']),
    );
  });

  it('prints edition and cohort when present, and a shorter URL when given', async () => {
    const input = sampleCertificateInput({
      curriculum: { version: '1.4.0', contentHash: 'sha256:ab', edition: 'Amsterdam' },
      cohort: { name: 'Spring 2026' },
    });
    const shown = await texts(
      await renderCertificatePdf(input, { displayUrl: 'cpa.example/v/3f1c' }),
    );
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
    const shown = await shownText(pdf);
    expect(shown.map((t) => t.text)).toContain(
      'Maria-Alexandra Konstantinopoulou-Van der Heijden-Schwarzenegger',
    );
    expect(shown.filter((t) => t.text.startsWith('Circular public procurement for'))).toHaveLength(
      1,
    );
    for (const t of shown) expect(t.x, t.text).toBeGreaterThanOrEqual(40);
  });

  it.each([
    'Łukasz Żółć',
    'Божидар Петров',
    'Ἀλέξανδρος',
    'Søren Ærø',
    'Jürgen Weiß',
    'Zoë Brontë',
    'Γιώργος Παπαδόπουλος',
  ])('prints %s exactly as written, as selectable text', async (name) => {
    const shown = await texts(
      await renderCertificatePdf(sampleCertificateInput({ recipientName: name })),
    );
    expect(shown).toContain(name);
  });

  it('embeds fonts whose glyphs for the name have outlines (the text is visible, not only selectable)', async () => {
    const name = 'Łukasz Żółć Божидар Ἀλέξανδρος';
    const doc = await PDFDocument.load(
      await renderCertificatePdf(sampleCertificateInput({ recipientName: name })),
    );
    const programs = doc.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter(
        (o): o is PDFDict =>
          o instanceof PDFDict && o.get(PDFName.of('Type')) === PDFName.of('FontDescriptor'),
      )
      .map((descriptor) => descriptor.lookup(PDFName.of('FontFile2')))
      .filter((o): o is PDFRawStream => o instanceof PDFRawStream);
    expect(programs.length).toBe(2); // regular and bold
    for (const program of programs) {
      const font = fontkit.create(decodePDFRawStream(program).decode());
      const blank = [...name.replace(/\s/g, '')].filter(
        (ch) => font.glyphForCodePoint(ch.codePointAt(0)!).path.toSVG() === '',
      );
      expect(blank).toEqual([]);
    }
  });

  it('prints its fixed texts in each of the eight interface languages', async () => {
    const titles: Record<string, string> = {};
    for (const locale of ['en', 'nl', 'de', 'fr', 'it', 'bg', 'fi', 'nb']) {
      const shown = await texts(await renderCertificatePdf(sampleCertificateInput({ locale })));
      titles[locale] = shown[1] ?? '';
    }
    expect(titles).toEqual({
      en: 'Certificate of completion',
      nl: 'Certificaat',
      de: 'Zertifikat',
      fr: 'Certificat de réussite',
      it: 'Attestato di completamento',
      bg: 'Сертификат за завършване',
      fi: 'Suoritustodistus',
      nb: 'Kursbevis',
    });
  });

  it('stamps a revoked certificate REVOKED with the revocation date, in its language', async () => {
    const revokedAt = new Date('2026-04-01T10:00:00Z');
    const valid = await viewerText(await renderCertificatePdf(sampleCertificateInput()));
    expect(valid).toContain('Certificate of completion');
    expect(valid).not.toMatch(/REVOKED|Revoked/);

    const en = await viewerText(
      await renderCertificatePdf(sampleCertificateInput(), { revokedAt }),
    );
    expect(en).toMatch(/^REVOKED$/m);
    expect(en).toContain('Revoked on 1 April 2026');
    expect(en).toContain('This certificate is no longer valid.');
    const nl = await viewerText(
      await renderCertificatePdf(sampleCertificateInput({ locale: 'nl' }), { revokedAt }),
    );
    expect(nl).toMatch(/^INGETROKKEN$/m);
    expect(nl).toContain('Ingetrokken op 1 april 2026');
    const de = await viewerText(
      await renderCertificatePdf(sampleCertificateInput({ locale: 'de' }), { revokedAt }),
    );
    expect(de).toMatch(/^WIDERRUFEN$/m);
    expect(de).toContain('Widerrufen am 1. April 2026');

    const doc = await PDFDocument.load(
      await renderCertificatePdf(sampleCertificateInput(), { revokedAt }),
      { updateMetadata: false },
    );
    expect(doc.getTitle()).toMatch(/^REVOKED: /);
  });
});
