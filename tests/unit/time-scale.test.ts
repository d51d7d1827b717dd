import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  addUnits,
  createTimeScale,
  floorToUnit,
  roundToUnit,
  ticks,
  type TimeScale,
} from '../../src/lib/time/time-scale';
import type { DatedFields } from '../../src/lib/time/relation-span';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const pad = (n: number) => String(n).padStart(2, '0');
const isYearStart = (time: number) => floorToUnit(time, 'year') === time;
const isMonthStart = (time: number) => floorToUnit(time, 'month') === time;

/** Shaped like the Petro network: a few dates per decade since 1948, then a dense 2022–2026. */
function petroLike(): DatedFields[] {
  const relations: DatedFields[] = [
    { end: '1948' },
    { start: '1958' },
    { start: '1978', end: '1990' },
    { end: '1990-04' },
  ];
  for (const year of [
    1984, 1985, 1985, 1994, 1996, 1998, 1999, 2000, 2002, 2004, 2007, 2010, 2011, 2012, 2016, 2016, 2018, 2021,
  ]) {
    relations.push({ date: String(year) });
  }
  for (let i = 0; i < 19; i++) relations.push({ date: i < 12 ? '2022-08-07' : `2022-${pad(1 + (i % 12))}` });
  for (const month of [3, 6, 9]) relations.push({ date: `2023-${pad(month)}` }, { date: `2024-${pad(month)}` });
  for (let i = 0; i < 43; i++) relations.push({ date: `2025-${pad(1 + (i % 12))}-${pad(1 + (i % 27))}` });
  for (let i = 0; i < 14; i++) relations.push({ date: `2026-${pad(1 + (i % 2))}-${pad(1 + i)}` });
  return relations;
}

function width(scale: TimeScale, start: number, end: number): number {
  return scale.toUnit(end) - scale.toUnit(start);
}

describe('calendar arithmetic', () => {
  it('adds months keeping the day where it exists, in UTC', () => {
    expect(addUnits(utc(2025, 10), 'month', 1)).toBe(utc(2025, 11));
    expect(addUnits(utc(2025, 12), 'month', 1)).toBe(utc(2026, 1));
    expect(addUnits(utc(2025, 1, 31), 'month', 1)).toBe(utc(2025, 2, 28));
    expect(addUnits(utc(2024, 2, 29), 'year', 1)).toBe(utc(2025, 2, 28));
    expect(addUnits(utc(2025, 11, 15), 'quarter', -1)).toBe(utc(2025, 8, 15));
    expect(addUnits(utc(2025, 3, 1) + 3600_000, 'day', 1)).toBe(utc(2025, 3, 2) + 3600_000);
  });

  it('floors and rounds to calendar boundaries', () => {
    const t = utc(2025, 8, 20) + 5000;
    expect(floorToUnit(t, 'day')).toBe(utc(2025, 8, 20));
    expect(floorToUnit(t, 'month')).toBe(utc(2025, 8));
    expect(floorToUnit(t, 'quarter')).toBe(utc(2025, 7));
    expect(floorToUnit(t, 'year')).toBe(utc(2025));
    expect(roundToUnit(t, 'month')).toBe(utc(2025, 9));
    expect(roundToUnit(utc(2025, 8, 10), 'month')).toBe(utc(2025, 8));
  });
});

describe('createTimeScale', () => {
  const scale = createTimeScale(petroLike());

  it('spans the dates of the relations', () => {
    expect(scale.extent).toEqual({ start: utc(1948), end: utc(2026, 2, 15) });
    expect(scale.toUnit(scale.extent.start)).toBe(0);
    expect(scale.toUnit(scale.extent.end)).toBe(1);
    expect(scale.toUnit(utc(1900))).toBe(0);
    expect(scale.toUnit(utc(2100))).toBe(1);
    expect(scale.toUnit(-Infinity)).toBe(0);
    expect(scale.toUnit(Infinity)).toBe(1);
  });

  it('is strictly monotonic', () => {
    let previous = -1;
    for (let t = scale.extent.start; t <= scale.extent.end; t += 11 * DAY_MS) {
      const u = scale.toUnit(t);
      expect(u).toBeGreaterThan(previous);
      previous = u;
    }
  });

  it('inverts to within a day', () => {
    for (let u = 0; u <= 1; u += 0.01) {
      expect(scale.toUnit(scale.fromUnit(u))).toBeCloseTo(u, 9);
    }
    for (let t = scale.extent.start; t < scale.extent.end; t += 97 * DAY_MS) {
      expect(Math.abs(scale.fromUnit(scale.toUnit(t)) - t)).toBeLessThan(DAY_MS);
    }
    expect(scale.fromUnit(-1)).toBe(scale.extent.start);
    expect(scale.fromUnit(2)).toBe(scale.extent.end);
  });

  it('gives the dense recent years more room than the early decades', () => {
    const recent = width(scale, utc(2022), scale.extent.end);
    const early = width(scale, utc(1948), utc(2000));
    expect(recent).toBeGreaterThan(early);
    // One month of 2025 is wider than a whole year of the 1960s...
    expect(width(scale, utc(2025, 10), utc(2025, 11))).toBeGreaterThan(width(scale, utc(1960), utc(1961)));
    // ...while a linear axis would give 2022–2026 only about 5 % of the width.
    expect(recent).toBeGreaterThan(0.4);
    // Quiet decades still get visible room.
    expect(width(scale, utc(1950), utc(1960))).toBeGreaterThan(0.02);
  });

  it('is linear when alpha is 1', () => {
    const linear = createTimeScale(petroLike(), { alpha: 1 });
    const { start, end } = linear.extent;
    expect(linear.toUnit(utc(2000))).toBeCloseTo((utc(2000) - start) / (end - start), 9);
  });

  it('works without NaN for 0, 1 and 2 dated relations', () => {
    const cases: DatedFields[][] = [
      [],
      [{}],
      [{ date: '2025-10-16' }],
      [{ date: '2025' }],
      [{ date: '1948' }, { date: '2026-02-03' }],
      [{ start: '2025-05' }, {}],
    ];
    for (const relations of cases) {
      const s = createTimeScale(relations);
      expect(s.extent.end).toBeGreaterThan(s.extent.start);
      for (const u of [0, 0.25, 0.5, 1]) {
        const t = s.fromUnit(u);
        expect(Number.isFinite(t)).toBe(true);
        expect(Number.isFinite(s.toUnit(t))).toBe(true);
        expect(s.toUnit(t)).toBeCloseTo(u, 6);
      }
      for (const tick of ticks(s, 8)) expect(Number.isFinite(tick)).toBe(true);
    }
  });

  it('honours a given extent', () => {
    const s = createTimeScale([{ date: '2025-10' }], { extent: { start: utc(2025), end: utc(2026) } });
    expect(s.extent).toEqual({ start: utc(2025), end: utc(2026) });
    expect(s.bucketUnit).toBe('month');
    expect(width(s, utc(2025, 10), utc(2025, 11))).toBeGreaterThan(width(s, utc(2025, 3), utc(2025, 4)) * 5);
  });
});

describe('ticks', () => {
  const scale = createTimeScale(petroLike());

  it('keeps at most maxTicks ticks, at least 1/maxTicks of the axis apart, in time order', () => {
    for (const maxTicks of [3, 6, 12, 20]) {
      const result = ticks(scale, maxTicks);
      expect(result.length).toBeGreaterThan(1);
      expect(result.length).toBeLessThanOrEqual(maxTicks);
      for (let i = 1; i < result.length; i++) {
        expect(result[i]).toBeGreaterThan(result[i - 1]);
        expect(scale.toUnit(result[i]) - scale.toUnit(result[i - 1])).toBeGreaterThanOrEqual(1 / maxTicks - 1e-9);
      }
    }
  });

  it('marks years where sparse and months where the busy years are wide', () => {
    const times = ticks(scale, 20);
    for (const year of [1950, 2000, 2022, 2025]) expect(times).toContain(utc(year));
    expect(
      times.some((time) => isMonthStart(time) && !isYearStart(time) && time >= utc(2025) && time < utc(2026)),
    ).toBe(true);
    // Nothing finer than a year before the busy period.
    for (const time of times) if (time < utc(2022)) expect(isYearStart(time)).toBe(true);
    // Few ticks: only years.
    expect(ticks(scale, 5).every(isYearStart)).toBe(true);
  });

  it('marks days on a span of a few weeks', () => {
    const short = createTimeScale([{ date: '2026-01-05' }, { date: '2026-02-03' }]);
    expect(short.bucketUnit).toBe('day');
    const days = ticks(short, 10).filter((time) => !isMonthStart(time));
    expect(days.length).toBeGreaterThanOrEqual(2);
    for (const time of days) expect(floorToUnit(time, 'day')).toBe(time);
  });
});
