import { describe, expect, it } from 'vitest';
import { datasetExtent, overlaps, relationSpan } from '../../src/lib/time/relation-span';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

describe('relationSpan', () => {
  it('covers the whole year, month or day of a dated act', () => {
    expect(relationSpan({ date: '2025' })).toEqual({ start: utc(2025), end: utc(2026) });
    expect(relationSpan({ date: '2025-10' })).toEqual({ start: utc(2025, 10), end: utc(2025, 11) });
    expect(relationSpan({ date: '2025-12' })).toEqual({ start: utc(2025, 12), end: utc(2026) });
    expect(relationSpan({ date: '2026-02-03' })).toEqual({ start: utc(2026, 2, 3), end: utc(2026, 2, 4) });
  });

  it('covers a standing tie from the start of its start to the end of its end', () => {
    expect(relationSpan({ start: '2002', end: '2010' })).toEqual({ start: utc(2002), end: utc(2011) });
    expect(relationSpan({ start: '2018', end: '2022-08' })).toEqual({ start: utc(2018), end: utc(2022, 9) });
  });

  it('lets a tie with only a start run until openEnd, or forever without one', () => {
    const openEnd = utc(2026, 3);
    expect(relationSpan({ start: '2022-08' }, openEnd)).toEqual({ start: utc(2022, 8), end: openEnd });
    expect(relationSpan({ start: '2022-08' })).toEqual({ start: utc(2022, 8), end: Infinity });
    // It still covers its own start date when openEnd falls inside or before it.
    expect(relationSpan({ start: '2025' }, utc(2025, 3))).toEqual({ start: utc(2025), end: utc(2026) });
  });

  it('lets a tie with only an end reach back without limit', () => {
    expect(relationSpan({ end: '1990-04' })).toEqual({ start: -Infinity, end: utc(1990, 5) });
  });

  it('returns null for an undated relation or an unreadable date', () => {
    expect(relationSpan({})).toBeNull();
    expect(relationSpan({ date: '2025-13' })).toBeNull();
    expect(relationSpan({ start: 'soon', end: 'later' })).toBeNull();
  });
});

describe('overlaps', () => {
  const october = relationSpan({ date: '2025-10' })!;

  it('treats both spans as half-open', () => {
    expect(overlaps(october, { start: utc(2025, 1), end: utc(2025, 10) })).toBe(false);
    expect(overlaps(october, { start: utc(2025, 1), end: utc(2025, 10) + 1 })).toBe(true);
    expect(overlaps(october, { start: utc(2025, 11), end: utc(2026) })).toBe(false);
    expect(overlaps(october, { start: utc(2025, 11) - 1, end: utc(2026) })).toBe(true);
  });

  it('finds a month-dated act in a window inside that month, and open ties anywhere after their start', () => {
    expect(overlaps(october, { start: utc(2025, 10, 15), end: utc(2025, 10, 16) })).toBe(true);
    const tie = relationSpan({ start: '2022-08' })!;
    expect(overlaps(tie, { start: utc(2030), end: utc(2031) })).toBe(true);
    expect(overlaps(tie, { start: utc(2022), end: utc(2022, 8) })).toBe(false);
    const untilEnd = relationSpan({ end: '1948' })!;
    expect(overlaps(untilEnd, { start: utc(1900), end: utc(1901) })).toBe(true);
    expect(overlaps(untilEnd, { start: utc(1949), end: utc(1950) })).toBe(false);
  });
});

describe('datasetExtent', () => {
  it('spans every stated date over its whole partial span, ignoring open ends and undated relations', () => {
    expect(
      datasetExtent([
        { end: '1948' },
        { date: '2025-10' },
        { start: '2026-02-03' },
        {},
        { start: '1958', end: '1990' },
      ]),
    ).toEqual({ start: utc(1948), end: utc(2026, 2, 4) });
  });

  it('is null without any dates', () => {
    expect(datasetExtent([])).toBeNull();
    expect(datasetExtent([{}, { date: 'nope' }])).toBeNull();
  });
});
