import fontkit from '@pdf-lib/fontkit';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { PDFDocument, PDFFont } from 'pdf-lib';

// Noto Sans (SIL Open Font License), shipped by an npm package: Latin with its extensions, Greek
// (polytonic too) and Cyrillic, so names such as "Łukasz Żółć", "Божидар Петров" and
// "Ἀλέξανδρος" print as written. Embedded whole (about 300 KB a weight): @pdf-lib/fontkit's
// subsetting drops the outlines of this font's glyphs, leaving the text selectable but invisible.
const FILES = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
} as const;

const resolve = createRequire(import.meta.url).resolve;
let bytes: Promise<{ regular: Uint8Array; bold: Uint8Array }> | undefined;

/** The font files, read once per process. */
function fontBytes(): Promise<{ regular: Uint8Array; bold: Uint8Array }> {
  bytes ??= Promise.all([readFile(resolve(FILES.regular)), readFile(resolve(FILES.bold))]).then(
    ([regular, bold]) => ({ regular, bold }),
  );
  return bytes;
}

export interface CertificateFonts {
  regular: PDFFont;
  bold: PDFFont;
}

export async function embedCertificateFonts(doc: PDFDocument): Promise<CertificateFonts> {
  doc.registerFontkit(fontkit);
  const { regular, bold } = await fontBytes();
  return {
    regular: await doc.embedFont(regular, { subset: false }),
    bold: await doc.embedFont(bold, { subset: false }),
  };
}
