import { describe, expect, it } from 'vitest';
import { formatDuration, MAX_DURATION_MS, parseDuration } from '#cli/duration.ts';

describe('parseDuration', () => {
  it.each([
    ['3h', 3 * 3_600_000],
    ['90m', 90 * 60_000],
    ['1h30m', 90 * 60_000],
    ['45s', 45_000],
    [' 2H ', 2 * 3_600_000],
    ['168h', MAX_DURATION_MS],
  ])('%j is %i ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', '0h', '3', 'h', '1.5h', '-1h', '30m1h', '3 hours', '169h'])('refuses %j', (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});

describe('formatDuration', () => {
  it('reads as people say it', () => {
    expect(formatDuration(4 * 3_600_000)).toBe('4 h');
    expect(formatDuration(90 * 60_000)).toBe('1 h 30 min');
    expect(formatDuration(45_000)).toBe('45 s');
  });
});
