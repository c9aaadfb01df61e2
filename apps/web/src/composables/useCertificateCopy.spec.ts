import { copyToClipboard, useCertificateCopy } from './useCertificateCopy';

describe('copying a share link', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('copies with the Clipboard API', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    expect(await copyToClipboard('https://a.example/verify/1', { writeText })).toBe(true);
    expect(writeText).toHaveBeenCalledWith('https://a.example/verify/1');
  });

  it('reports failure when the API is missing or refuses', async () => {
    expect(await copyToClipboard('x', undefined)).toBe(false);
    expect(
      await copyToClipboard('x', {
        writeText: vi.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError')),
      }),
    ).toBe(false);
  });

  it('announces "copied" briefly, or switches to the selectable field', async () => {
    vi.useFakeTimers();
    try {
      vi.stubGlobal('navigator', {
        clipboard: { writeText: vi.fn().mockResolvedValue(undefined) },
      });
      const state = useCertificateCopy(1000);
      expect(await state.copy('link')).toBe(true);
      expect([state.copied.value, state.fallback.value]).toEqual([true, false]);
      vi.advanceTimersByTime(1000);
      expect(state.copied.value).toBe(false);

      vi.stubGlobal('navigator', {});
      expect(await state.copy('link')).toBe(false);
      expect([state.copied.value, state.fallback.value]).toEqual([false, true]);
    } finally {
      vi.useRealTimers();
    }
  });
});
