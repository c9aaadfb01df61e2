/** "4:05" for minutes and seconds, "1:02:03" from an hour; never negative. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** Remaining times (in seconds) at which a screen reader hears the time left: not every second. */
export const ANNOUNCE_AT = [30 * 60, 15 * 60, 10 * 60, 5 * 60, 2 * 60, 60, 30, 10] as const;

/**
 * The threshold just crossed between two ticks, or null. Announcing on crossings (not on exact
 * seconds) survives a throttled background tab that skips ticks.
 */
export function crossedThreshold(previousMs: number, nowMs: number): number | null {
  const before = Math.ceil(previousMs / 1000);
  const after = Math.ceil(nowMs / 1000);
  const crossed = ANNOUNCE_AT.filter((s) => before > s && after <= s);
  return crossed.length ? Math.min(...crossed) : null;
}

/** Splits seconds for a translated message: "5 minutes", "30 seconds". */
export function announcementParts(seconds: number): { unit: 'minutes' | 'seconds'; count: number } {
  return seconds >= 60
    ? { unit: 'minutes', count: Math.round(seconds / 60) }
    : { unit: 'seconds', count: seconds };
}
