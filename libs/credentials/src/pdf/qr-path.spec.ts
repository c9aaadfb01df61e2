import QRCode from 'qrcode';
import { qrSvgPath } from './qr-path.js';

/** Paints the path's row runs back into a grid, to compare with the QR modules. */
function rasterise(path: string, size: number): number[][] {
  const grid = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (const m of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, w] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (let i = 0; i < w; i++) {
      const row = grid[y];
      if (row) row[x + i] = 1;
    }
  }
  return grid;
}

describe('qrSvgPath', () => {
  it('draws exactly the dark modules of the QR code', () => {
    const url = 'https://academy.example.org/verify/3f1c2a9e-5b7d-4c1e-9a2f-8d6b0e4c7a11';
    const { path, size } = qrSvgPath(url);
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
    expect(size).toBe(modules.size);
    const expected = Array.from({ length: size }, (_, r) =>
      Array.from({ length: size }, (_, c) => (modules.get(r, c) ? 1 : 0)),
    );
    expect(rasterise(path, size)).toEqual(expected);
  });
});
