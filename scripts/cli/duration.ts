// Durations as a trainer types them: "3h", "90m", "1h30m", "45s".
const UNIT_MS = { h: 3_600_000, m: 60_000, s: 1_000 } as const;
/** Node's timers hold at most 2^31-1 ms (about 24 days); a classroom needs far less. */
export const MAX_DURATION_MS = 7 * 24 * UNIT_MS.h;

/** Milliseconds, or null for anything else than hours, minutes and seconds in that order. */
export function parseDuration(text: string): number | null {
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/i.exec(text.trim());
  if (!match || text.trim() === '') return null;
  const [, hours = '0', minutes = '0', seconds = '0'] = match;
  const ms = Number(hours) * UNIT_MS.h + Number(minutes) * UNIT_MS.m + Number(seconds) * UNIT_MS.s;
  return ms > 0 && ms <= MAX_DURATION_MS ? ms : null;
}

/** A duration for people: "4 h", "1 h 30 min", "45 s". */
export function formatDuration(ms: number): string {
  const hours = Math.floor(ms / UNIT_MS.h);
  const minutes = Math.floor((ms % UNIT_MS.h) / UNIT_MS.m);
  const seconds = Math.floor((ms % UNIT_MS.m) / UNIT_MS.s);
  const parts = [hours && `${hours} h`, minutes && `${minutes} min`, seconds && `${seconds} s`];
  return parts.filter(Boolean).join(' ') || '0 s';
}
