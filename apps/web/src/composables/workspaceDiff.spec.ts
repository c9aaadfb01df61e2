import { describe, expect, it, vi } from 'vitest';
import { debounce, sourceDiff } from './workspaceDiff';

describe('sourceDiff', () => {
  it('marks removed and added words, keeping the rest', () => {
    const parts = sourceDiff('The town buys lamps.', 'The town buys light.');
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['lamps']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['light']);
    expect(parts.map((p) => (p.kind === 'removed' ? '' : p.text)).join('')).toBe(
      'The town buys light.',
    );
  });
});

describe('debounce', () => {
  it('calls once with the last arguments after the pause', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const run = debounce(fn, 300);
    run('a');
    run('ab');
    vi.advanceTimersByTime(299);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledExactlyOnceWith('ab');
    vi.useRealTimers();
  });
});
