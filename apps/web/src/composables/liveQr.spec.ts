import { liveJoinUrl, qrPath, spacedCode } from './liveQr';

describe('live join code and QR code', () => {
  it('draws a version-3 QR code (29 modules) for a join URL, one square per dark module', () => {
    const { size, path } = qrPath(liveJoinUrl('https://academy.example.org/', 'K7M2QX'));
    expect(size).toBe(29);
    // The three finder patterns alone are 3 × 33 dark modules.
    expect(path.split('M').length - 1).toBeGreaterThan(99);
    expect(path.startsWith('M0 0h1v1h-1z')).toBe(true);
  });

  it('links to the join page and spaces the code for reading aloud', () => {
    expect(liveJoinUrl('https://a.example/', 'K7M2QX')).toBe('https://a.example/live/K7M2QX');
    expect(spacedCode('K7M2QX')).toBe('K7M 2QX');
  });
});
