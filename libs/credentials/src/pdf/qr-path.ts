import QRCode from 'qrcode';

/**
 * The QR code for `text` as one SVG path in module units (one dark run per row segment),
 * so the PDF draws it as crisp vectors with a single fill instead of embedding a bitmap.
 */
export function qrSvgPath(text: string): { path: string; size: number } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const { size } = modules;
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && modules.get(row, col)) col++;
      parts.push(`M${start} ${row}h${col - start}v1h${start - col}z`);
    }
  }
  return { path: parts.join(''), size };
}
