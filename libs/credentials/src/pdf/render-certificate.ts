import { PDFDocument, degrees, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { CertificateInput } from '../credential-types.js';
import { labelsFor } from './labels.js';
import { qrSvgPath } from './qr-path.js';
import { embedCertificateFonts, type CertificateFonts } from './fonts.js';

export interface RenderPdfOptions {
  /** Time zone for the printed date; default UTC so the date matches `validFrom`. */
  timeZone?: string;
  /** The URL as printed under the QR code; default `verifyUrl` without its scheme. */
  displayUrl?: string;
  /**
   * When the certificate was revoked: the PDF then carries a "REVOKED" stamp across the page
   * and the revocation date in its language, so a printout is never taken for a valid one.
   */
  revokedAt?: Date | null;
}

const A4_LANDSCAPE: [number, number] = [841.89, 595.28];
const ACCENT = rgb(0.07, 0.38, 0.33);
const INK = rgb(0.12, 0.14, 0.16);
const MUTED = rgb(0.4, 0.43, 0.46);
const REVOKED_RED = rgb(0.7, 0.15, 0.12);

type Fonts = CertificateFonts;

interface TextStyle {
  font: PDFFont;
  size: number;
  color: ReturnType<typeof rgb>;
  /** Shrinks the size (not below `minSize`) until the text fits. */
  maxWidth?: number;
  minSize?: number;
}

function fitSize(text: string, style: TextStyle): number {
  let size = style.size;
  const min = style.minSize ?? style.size * 0.6;
  while (
    style.maxWidth &&
    size > min &&
    style.font.widthOfTextAtSize(text, size) > style.maxWidth
  ) {
    size -= 0.5;
  }
  return size;
}

type Align = 'left' | 'center' | 'right';

function draw(
  page: PDFPage,
  fonts: Fonts,
  text: string,
  x: number,
  y: number,
  style: TextStyle,
  align: Align = 'left',
): void {
  const size = fitSize(text, style);
  const width = style.font.widthOfTextAtSize(text, size);
  const left = align === 'center' ? x - width / 2 : align === 'right' ? x - width : x;
  page.drawText(text, { x: left, y, size, font: style.font, color: style.color });
}

/** Greedy word wrap into at most `maxLines` lines; the last line takes the rest (and may shrink). */
function wrap(
  text: string,
  font: PDFFont,
  size: number,
  maxWidth: number,
  maxLines: number,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const [i, word] of words.entries()) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > maxWidth) {
      lines.push(line);
      if (lines.length === maxLines - 1) return [...lines, words.slice(i).join(' ')];
      line = word;
    } else {
      line = candidate;
    }
  }
  return line ? [...lines, line] : lines;
}

function formatDate(date: Date, locale: string, timeZone: string): string {
  try {
    // Day-month-year in English too, as EU readers expect (the web app's dates do the same).
    const tag = locale.toLowerCase() === 'en' ? 'en-GB' : locale;
    return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone }).format(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
}

/**
 * Renders the wall certificate: A4 landscape, labels in the learner's language, a vector QR code
 * to the verification page, selectable text in an embedded Unicode font (names print exactly as
 * written, in Latin, Greek or Cyrillic script).
 */
export async function renderCertificatePdf(
  input: CertificateInput,
  options: RenderPdfOptions = {},
): Promise<Uint8Array> {
  const { labels } = labelsFor(input.locale);
  const doc = await PDFDocument.create();
  const fonts = await embedCertificateFonts(doc);
  const { regular, bold } = fonts;

  const revokedPrefix = options.revokedAt ? `${labels.revoked}: ` : '';
  doc.setTitle(`${revokedPrefix}${labels.title}: ${input.courseTitle} (${input.recipientName})`, {
    showInWindowTitleBar: true,
  });
  doc.setAuthor(input.issuer.name);
  doc.setSubject(input.courseTitle);
  doc.setLanguage(input.locale);
  doc.setCreator(input.issuer.name);
  doc.setProducer('Circular Procurement Academy (pdf-lib)');
  doc.setKeywords(['certificate', input.courseTitle, `curriculum ${input.curriculum.version}`]);
  doc.setCreationDate(input.issuedAt);
  doc.setModificationDate(input.issuedAt);

  const page = doc.addPage(A4_LANDSCAPE);
  const [width, height] = A4_LANDSCAPE;
  const cx = width / 2;

  // Frame: a strong outer rule and a hairline inside it.
  page.drawRectangle({
    x: 22,
    y: 22,
    width: width - 44,
    height: height - 44,
    borderColor: ACCENT,
    borderWidth: 2.5,
  });
  page.drawRectangle({
    x: 30,
    y: 30,
    width: width - 60,
    height: height - 60,
    borderColor: ACCENT,
    borderWidth: 0.75,
  });

  draw(
    page,
    fonts,
    input.issuer.name.toUpperCase(),
    cx,
    522,
    { font: bold, size: 11, color: MUTED, maxWidth: 600 },
    'center',
  );
  draw(
    page,
    fonts,
    labels.title,
    cx,
    462,
    { font: bold, size: 36, color: ACCENT, maxWidth: 680 },
    'center',
  );
  page.drawLine({
    start: { x: cx - 40, y: 446 },
    end: { x: cx + 40, y: 446 },
    thickness: 1.5,
    color: ACCENT,
  });
  draw(page, fonts, labels.awardedTo, cx, 408, { font: regular, size: 14, color: MUTED }, 'center');
  draw(
    page,
    fonts,
    input.recipientName,
    cx,
    360,
    { font: bold, size: 32, color: INK, maxWidth: 680, minSize: 16 },
    'center',
  );
  draw(
    page,
    fonts,
    labels.forCompleting,
    cx,
    322,
    { font: regular, size: 13, color: MUTED, maxWidth: 680 },
    'center',
  );

  const courseLines = wrap(input.courseTitle, regular, 21, 640, 2);
  courseLines.forEach((line, i) => {
    draw(
      page,
      fonts,
      line,
      cx,
      288 - i * 27,
      { font: regular, size: 21, color: INK, maxWidth: 680, minSize: 12 },
      'center',
    );
  });

  // Details, bottom left: label above value.
  const shortHash = input.curriculum.contentHash.replace(/^sha256[:-]/, '').slice(0, 12);
  const details: [string, string][] = [
    [labels.dateOfIssue, formatDate(input.issuedAt, input.locale, options.timeZone ?? 'UTC')],
    [labels.curriculumVersion, `${input.curriculum.version} · ${shortHash}`],
  ];
  if (input.curriculum.edition) details.push([labels.edition, input.curriculum.edition]);
  if (input.cohort) details.push([labels.cohort, input.cohort.name]);
  details.push([labels.certificateId, input.certificateId]);
  const rowGap = details.length > 4 ? 26 : 32;
  details.forEach(([label, value], i) => {
    const y = 172 - i * rowGap;
    draw(page, fonts, label, 66, y, { font: regular, size: 8.5, color: MUTED });
    draw(page, fonts, value, 66, y - 12, { font: bold, size: 10.5, color: INK, maxWidth: 230 });
  });

  // Issuer, bottom centre, over a signature-style rule.
  page.drawLine({
    start: { x: cx - 110, y: 112 },
    end: { x: cx + 110, y: 112 },
    thickness: 0.75,
    color: MUTED,
  });
  draw(page, fonts, labels.issuedBy, cx, 96, { font: regular, size: 8.5, color: MUTED }, 'center');
  draw(
    page,
    fonts,
    input.issuer.name,
    cx,
    82,
    { font: bold, size: 11, color: INK, maxWidth: 240 },
    'center',
  );

  // QR code to the verification page, bottom right, with the URL printed beneath it.
  const qr = qrSvgPath(input.verifyUrl);
  const qrSide = 96;
  const qrRight = width - 66;
  page.drawSvgPath(qr.path, {
    x: qrRight - qrSide,
    y: 72 + qrSide,
    scale: qrSide / qr.size,
    color: INK,
  });
  const displayUrl =
    options.displayUrl ?? input.verifyUrl.replace(/^https?:\/\//, '').replace(/\/$/, '');
  draw(
    page,
    fonts,
    labels.verifyAt,
    qrRight,
    58,
    { font: regular, size: 8.5, color: MUTED },
    'right',
  );
  draw(
    page,
    fonts,
    displayUrl,
    qrRight,
    46,
    { font: regular, size: 9, color: INK, maxWidth: 280, minSize: 6 },
    'right',
  );

  if (options.revokedAt) {
    stampRevoked(
      page,
      fonts,
      labels,
      formatDate(options.revokedAt, input.locale, options.timeZone ?? 'UTC'),
    );
    doc.setModificationDate(options.revokedAt);
  }

  return doc.save();
}

/** A diagonal stamp over the whole page and a banner at the top stating the revocation date. */
function stampRevoked(
  page: PDFPage,
  fonts: Fonts,
  labels: ReturnType<typeof labelsFor>['labels'],
  date: string,
): void {
  const [width, height] = A4_LANDSCAPE;
  const stamp = labels.revoked;
  const size = Math.min(110, 620 / (fonts.bold.widthOfTextAtSize(stamp, 1) || 1));
  const textWidth = fonts.bold.widthOfTextAtSize(stamp, size);
  const angle = 24;
  const rad = (angle * Math.PI) / 180;
  // Centre the rotated baseline on the page centre.
  const x = width / 2 - (Math.cos(rad) * textWidth) / 2 + Math.sin(rad) * size * 0.35;
  const y = height / 2 - (Math.sin(rad) * textWidth) / 2 - Math.cos(rad) * size * 0.35;
  page.drawText(stamp, {
    x,
    y,
    size,
    font: fonts.bold,
    color: REVOKED_RED,
    opacity: 0.35,
    rotate: degrees(angle),
  });

  // Between the issuer name (baseline 522) and the title (462, 36 pt): covers neither.
  page.drawRectangle({ x: 60, y: 496, width: width - 120, height: 19, color: REVOKED_RED });
  draw(
    page,
    fonts,
    `${labels.revoked} · ${labels.revokedOn} ${date} · ${labels.revokedNotice}`,
    width / 2,
    502,
    { font: fonts.bold, size: 10, color: rgb(1, 1, 1), maxWidth: width - 140, minSize: 7 },
    'center',
  );
}
