/**
 * The timeline's horizontal axis: calendar arithmetic in UTC, a piecewise-linear scale
 * from time to [0, 1], and where its ticks go. Words for dates (tick labels, window bounds)
 * are made in the chosen language by src/lib/i18n/format.ts, not here.
 *
 * A linear axis over 1948–2026 would squash the busy years 2022–2026 into a sliver, so
 * the scale shares the width out over calendar buckets by a blend of elapsed time and the
 * number of relations dated in each bucket: quiet decades stay visible but narrow, busy
 * years get room for month ticks. Inside a bucket time runs linearly, so the scale is
 * monotonic and exactly invertible.
 */
import { parsePartialDate } from '../data/partial-date';
import { datasetExtent, type DatedFields, type TimeSpan } from './relation-span';

export const DAY_MS = 86_400_000;

/** Calendar units the axis and playback count in. */
export type CalendarUnit = 'day' | 'month' | 'quarter' | 'year';

const MONTHS_PER_UNIT = { month: 1, quarter: 3, year: 12 } as const;

/** The start of the calendar unit (UTC) that contains `time`. */
export function floorToUnit(time: number, unit: CalendarUnit): number {
  const d = new Date(time);
  const year = d.getUTCFullYear();
  if (unit === 'day') return Date.UTC(year, d.getUTCMonth(), d.getUTCDate());
  if (unit === 'year') return Date.UTC(year, 0, 1);
  const months = MONTHS_PER_UNIT[unit];
  return Date.UTC(year, Math.floor(d.getUTCMonth() / months) * months, 1);
}

/** The calendar boundary nearest to `time`. */
export function roundToUnit(time: number, unit: CalendarUnit): number {
  const below = floorToUnit(time, unit);
  const above = addUnits(below, unit, 1);
  return time - below < above - time ? below : above;
}

/**
 * `time` moved by `count` calendar units, keeping the time of day. Moving by months keeps
 * the day of the month where it exists and otherwise takes the month's last day
 * (31 January + 1 month = 28 or 29 February), as calendars do.
 */
export function addUnits(time: number, unit: CalendarUnit, count: number): number {
  if (!Number.isFinite(time)) return time;
  const d = new Date(time);
  const timeOfDay = time - Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  if (unit === 'day') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + count) + timeOfDay;
  const monthIndex = d.getUTCFullYear() * 12 + d.getUTCMonth() + count * MONTHS_PER_UNIT[unit];
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay)) + timeOfDay;
}

/** A monotonic, invertible map between time (UTC ms) and axis position in [0, 1]. */
export interface TimeScale {
  /** The time span the axis shows; times outside it map to 0 or 1. */
  readonly extent: TimeSpan;
  /** The calendar unit over which width was shared out; finer units are linear inside it. */
  readonly bucketUnit: 'day' | 'month' | 'year';
  /** Axis position of a time, clamped to [0, 1]. */
  toUnit(time: number): number;
  /** Time at an axis position; positions outside [0, 1] are clamped. */
  fromUnit(position: number): number;
}

export interface TimeScaleOptions {
  /**
   * Share of the width given out by elapsed time; the rest goes by number of relations.
   * 1 is a linear axis. Clamped to [0.05, 1] so no stretch of time collapses to nothing.
   */
  alpha?: number;
  /** The span to show; by default the extent of the relations' dates. */
  extent?: TimeSpan;
}

export const DEFAULT_TIME_SCALE_ALPHA = 0.4;

/**
 * A scale for the dates of these relations. Each dated relation adds one unit of weight,
 * spread over the partial date it is known by (its date, else its start, else its end).
 * Standing ties weigh at their start rather than over their whole length: the axis makes
 * room where things happen. With no dates at all the scale spans the current year.
 */
export function createTimeScale(relations: Iterable<DatedFields>, options: TimeScaleOptions = {}): TimeScale {
  const list = [...relations];
  const extent = usableExtent(options.extent ?? datasetExtent(list));
  const bucketUnit = bucketUnitFor(extent);
  const bounds = bucketBounds(extent, bucketUnit);
  const bucketCount = bounds.length - 1;

  const counts = new Array<number>(bucketCount).fill(0);
  let totalCount = 0;
  for (const relation of list) {
    const value = relation.date ?? relation.start ?? relation.end;
    const moment = value ? parsePartialDate(value) : null;
    if (!moment) continue;
    const start = Math.max(moment.start, extent.start);
    const end = Math.min(moment.end, extent.end);
    if (start >= end) continue;
    totalCount += 1;
    for (let i = Math.max(0, upperBound(bounds, start) - 1); i < bucketCount && bounds[i] < end; i++) {
      const overlap = Math.min(end, bounds[i + 1]) - Math.max(start, bounds[i]);
      if (overlap > 0) counts[i] += overlap / (end - start);
    }
  }

  const alpha = totalCount === 0 ? 1 : Math.min(1, Math.max(0.05, options.alpha ?? DEFAULT_TIME_SCALE_ALPHA));
  const duration = extent.end - extent.start;
  const positions = [0];
  for (let i = 0; i < bucketCount; i++) {
    const timeShare = (bounds[i + 1] - bounds[i]) / duration;
    const countShare = totalCount === 0 ? 0 : counts[i] / totalCount;
    positions.push(positions[i] + alpha * timeShare + (1 - alpha) * countShare);
  }
  const total = positions[bucketCount];
  for (let i = 0; i <= bucketCount; i++) positions[i] /= total;
  positions[bucketCount] = 1;

  return {
    extent,
    bucketUnit,
    toUnit: (time) => interpolate(bounds, positions, time),
    fromUnit: (position) => interpolate(positions, bounds, position),
  };
}

function usableExtent(extent: TimeSpan | null): TimeSpan {
  if (extent && Number.isFinite(extent.start) && Number.isFinite(extent.end) && extent.start < extent.end) {
    return { start: extent.start, end: extent.end };
  }
  if (extent && Number.isFinite(extent.start)) return { start: extent.start, end: extent.start + DAY_MS };
  const year = new Date().getUTCFullYear();
  return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
}

// Years keep each busy year's months evenly spaced; shorter data needs finer buckets to
// have any shape at all.
function bucketUnitFor(extent: TimeSpan): 'day' | 'month' | 'year' {
  const days = (extent.end - extent.start) / DAY_MS;
  if (days >= 3 * 365) return 'year';
  if (days >= 90) return 'month';
  return 'day';
}

function bucketBounds(extent: TimeSpan, unit: 'day' | 'month' | 'year'): number[] {
  const bounds = [extent.start];
  let next = addUnits(floorToUnit(extent.start, unit), unit, 1);
  while (next < extent.end) {
    bounds.push(next);
    next = addUnits(next, unit, 1);
  }
  bounds.push(extent.end);
  return bounds;
}

/** Index of the first element greater than `value` in an ascending array. */
function upperBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Piecewise-linear map between two strictly ascending arrays of equal length. */
function interpolate(from: readonly number[], to: readonly number[], value: number): number {
  const last = from.length - 1;
  if (!(value > from[0])) return to[0];
  if (value >= from[last]) return to[last];
  const i = upperBound(from, value) - 1;
  const fraction = (value - from[i]) / (from[i + 1] - from[i]);
  return to[i] + fraction * (to[i + 1] - to[i]);
}

interface TickTier {
  unit: CalendarUnit;
  step: number;
  /** Roughly how many candidates the tier has over the extent. */
  count: number;
  times: () => number[];
}

// A tier whose candidates could never fit is not worth generating (imported data may
// span millennia).
const MAX_CANDIDATES_PER_TIER = 5000;

/**
 * Tick times (UTC ms, ascending), at most `maxTicks` of them and never closer than
 * 1/maxTicks of the axis: round decades where the axis is sparse, every year, then quarters
 * and months where months are wide enough, and days on short spans. Coarser marks win a
 * contested place, so a year is never hidden by one of its months. Label them with
 * `tickLabel` from src/lib/i18n/format.ts.
 */
export function ticks(scale: TimeScale, maxTicks: number): number[] {
  const limit = Math.max(1, Math.floor(Number.isFinite(maxTicks) ? maxTicks : 1));
  const minGap = 1 / limit;
  const { start, end } = scale.extent;
  const firstYear = new Date(start).getUTCFullYear();
  const lastYear = new Date(end).getUTCFullYear();
  const spanDays = (end - start) / DAY_MS;
  const yearTier = (step: number): TickTier => ({
    unit: 'year',
    step,
    count: (lastYear - firstYear) / step,
    times: () => {
      const years: number[] = [];
      for (let y = Math.ceil(firstYear / step) * step; y <= lastYear; y += step) years.push(Date.UTC(y, 0, 1));
      return years;
    },
  });
  const monthTier = (step: number): TickTier => ({
    unit: 'month',
    step,
    count: spanDays / (30 * step),
    times: () => {
      const months: number[] = [];
      for (let t = floorToUnit(start, 'year'); t < end; t = addUnits(t, 'month', step)) months.push(t);
      return months;
    },
  });
  const dayTier = (days: number[], step: number): TickTier => ({
    unit: 'day',
    step,
    count: spanDays / step,
    times: () => {
      const result: number[] = [];
      for (let month = floorToUnit(start, 'month'); month < end; month = addUnits(month, 'month', 1)) {
        const monthLength = (addUnits(month, 'month', 1) - month) / DAY_MS;
        for (const day of days) if (day <= monthLength) result.push(month + (day - 1) * DAY_MS);
      }
      return result;
    },
  });
  const tiers: TickTier[] = [
    ...[100, 50, 25, 10, 5, 1].map(yearTier),
    monthTier(3),
    monthTier(1),
    dayTier([8, 15, 22], 7),
    dayTier(
      [...Array(30).keys()].map((i) => i + 2),
      1,
    ),
  ];

  const placed: Array<{ time: number; position: number }> = [];
  const fits = (position: number) => placed.every((tick) => Math.abs(tick.position - position) >= minGap - 1e-9);
  // First the starts of the widest buckets, widest first: they are where the data is
  // busy (2022, 2025) and deserve a label more than a round but empty year next to them.
  const bucketUnit = scale.bucketUnit;
  if ((end - start) / (DAY_MS * { day: 1, month: 30, year: 365 }[bucketUnit]) <= MAX_CANDIDATES_PER_TIER) {
    const wide: Array<{ time: number; position: number; width: number }> = [];
    for (let time = floorToUnit(start, bucketUnit); time < end; time = addUnits(time, bucketUnit, 1)) {
      if (time < start) continue;
      const position = scale.toUnit(time);
      const width = scale.toUnit(addUnits(time, bucketUnit, 1)) - position;
      if (width >= minGap) wide.push({ time, position, width });
    }
    wide.sort((a, b) => b.width - a.width);
    for (const { time, position } of wide) {
      if (placed.length < limit && fits(position)) placed.push({ time, position });
    }
  }
  for (const tier of tiers) {
    if (placed.length >= limit) break;
    if (tier.count > MAX_CANDIDATES_PER_TIER) continue;
    for (const time of tier.times()) {
      if (time < start || time >= end || placed.length >= limit) continue;
      // A tier only marks where its own spacing is readable, so a sparse stretch is never
      // filled with a stray month or day between two distant years.
      const position = scale.toUnit(time);
      const spacing = Math.max(
        scale.toUnit(addUnits(time, tier.unit, tier.step)) - position,
        position - scale.toUnit(addUnits(time, tier.unit, -tier.step)),
      );
      if (spacing >= minGap - 1e-9 && fits(position)) placed.push({ time, position });
    }
  }
  return placed.map(({ time }) => time).sort((a, b) => a - b);
}
