import { describe, expect, it } from 'vitest';
import { playbackStartWindow, shiftWindow, stepWindow } from '../../src/lib/time/playback';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const EXTENT = { start: utc(1948), end: utc(2026, 3) };

describe('stepWindow', () => {
  it('moves both ends by one calendar month, quarter or year', () => {
    const window = { start: utc(2025, 10), end: utc(2025, 11) };
    expect(stepWindow(window, 'month', EXTENT)).toEqual({
      window: { start: utc(2025, 11), end: utc(2025, 12) },
      done: false,
    });
    expect(stepWindow(window, 'quarter', EXTENT)).toEqual({
      window: { start: utc(2026, 1), end: utc(2026, 2) },
      done: false,
    });
    const year = { start: utc(2000), end: utc(2001) };
    expect(stepWindow(year, 'year', EXTENT)).toEqual({ window: { start: utc(2001), end: utc(2002) }, done: false });
  });

  it('steps calendar months, not 30 days, across short months and leap years', () => {
    const window = { start: utc(2024, 1, 31), end: utc(2024, 2, 29) };
    expect(stepWindow(window, 'month', EXTENT).window).toEqual({ start: utc(2024, 2, 29), end: utc(2024, 3, 29) });
  });

  it('is done when the end reaches the extent end, and rests the window there', () => {
    expect(stepWindow({ start: utc(2026, 1), end: utc(2026, 2) }, 'month', EXTENT)).toEqual({
      window: { start: utc(2026, 2), end: utc(2026, 3) },
      done: true,
    });
    // Passing the end: the window keeps its length in months and ends at the extent end.
    expect(stepWindow({ start: utc(2025, 10), end: utc(2026, 1) }, 'year', EXTENT)).toEqual({
      window: { start: utc(2025, 12), end: utc(2026, 3) },
      done: true,
    });
    // Already at the end: stays.
    const atEnd = { start: utc(2025, 12), end: utc(2026, 3) };
    expect(stepWindow(atEnd, 'month', EXTENT)).toEqual({ window: atEnd, done: true });
  });

  it('never starts before the extent when the window is longer than what is left', () => {
    const extent = { start: utc(2025), end: utc(2025, 6, 10) };
    expect(stepWindow({ start: utc(2025), end: utc(2025, 6) }, 'year', extent)).toEqual({
      window: { start: utc(2025, 1, 10), end: utc(2025, 6, 10) },
      done: true,
    });
  });
});

describe('playbackStartWindow', () => {
  it('turns the whole extent into its first step', () => {
    expect(playbackStartWindow(EXTENT, 'year', EXTENT)).toEqual({ start: utc(1948), end: utc(1949) });
    expect(playbackStartWindow(EXTENT, 'month', EXTENT)).toEqual({ start: utc(1948), end: utc(1948, 2) });
  });

  it('rewinds a window that has played to the end, keeping its length', () => {
    expect(playbackStartWindow({ start: utc(2025, 12), end: utc(2026, 3) }, 'month', EXTENT)).toEqual({
      start: utc(1948),
      end: utc(1948, 4),
    });
  });

  it('leaves any other window where it is', () => {
    const window = { start: utc(2025, 10), end: utc(2025, 11) };
    expect(playbackStartWindow(window, 'month', EXTENT)).toBe(window);
  });
});

describe('shiftWindow', () => {
  const window = { start: utc(2025, 10), end: utc(2026, 1) };

  it('moves both ends by whole calendar units', () => {
    expect(shiftWindow(window, 'month', -2, EXTENT)).toEqual({ start: utc(2025, 8), end: utc(2025, 11) });
    expect(shiftWindow(window, 'day', 3, EXTENT)).toEqual({ start: utc(2025, 10, 4), end: utc(2026, 1, 4) });
  });

  it('stops at the edges of the extent without changing length', () => {
    expect(shiftWindow(window, 'year', 5, EXTENT)).toEqual({ start: utc(2025, 12), end: utc(2026, 3) });
    expect(shiftWindow(window, 'year', -100, EXTENT)).toEqual({ start: utc(1948), end: utc(1948, 4) });
  });
});
