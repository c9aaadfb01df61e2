import QRCode from 'qrcode';

/**
 * A QR code as one SVG path (a 1×1 square per dark module), drawn by Vue rather than injected as
 * markup. `size` counts modules; the caller adds the quiet zone through the viewBox.
 */
export function qrPath(text: string): { size: number; path: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  let path = '';
  for (let row = 0; row < modules.size; row++)
    for (let col = 0; col < modules.size; col++)
      if (modules.get(row, col)) path += `M${col} ${row}h1v1h-1z`;
  return { size: modules.size, path };
}

/** Where a participant's phone goes: the join page with the code filled in. */
export function liveJoinUrl(origin: string, code: string): string {
  return `${origin.replace(/\/+$/, '')}/live/${encodeURIComponent(code)}`;
}

/** Codes read better in groups of three on a projector: "K7M 2QX". */
export function spacedCode(code: string): string {
  return code.replace(/(.{3})(?=.)/g, '$1 ');
}
