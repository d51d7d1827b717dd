/**
 * The two periods of "Compare periods" as a serialisable value, and its form in the address
 * (`compare=`), so a comparison can be shared as a link. Two forms:
 *   - ranges: `compare=2024..2024-12,2025-01..2025-12` — period A, then period B, each from a
 *     year or year-month to a year or year-month, both bounds included;
 *   - split:  `compare=before:2025-01` — A is everything before the date, B the date on
 *     (the date may be a year, a year-month or a day).
 * Parsing never throws: garbage gives null and a reason code the page can word.
 */
import { parsePartialDate } from '../data/partial-date';
import type { TimeSpan } from '../time/relation-span';

/** A year or year-month range, both bounds included: `{ from: '2024', to: '2024-12' }`. */
export interface MonthRange {
  from: string;
  to: string;
}

export type PeriodSpec =
  | { mode: 'ranges'; a: MonthRange; b: MonthRange }
  /** A: before `date`; B: from `date` on. `date` is YYYY, YYYY-MM or YYYY-MM-DD. */
  | { mode: 'split'; date: string };

/** Why a `compare` value was refused. */
export type PeriodParamProblem =
  /** The parameter is there but empty. */
  | 'empty'
  /** The parameter is given more than once. */
  | 'repeated'
  /** Longer than any valid value could be. */
  | 'too-long'
  /** Not `<range>,<range>` nor `before:<date>`. */
  | 'shape'
  /** A bound is not a real year, month or day (2024-13, 2025-02-30, 24). */
  | 'date'
  /** A range ends before it starts. */
  | 'reversed';

export type ParsedPeriods =
  | { periods: PeriodSpec; problem: null }
  /** `problem` is null when the address has no `compare` at all. */
  | { periods: null; problem: PeriodParamProblem | null };

export const PERIOD_PARAM = 'compare';
const MAX_LENGTH = 64;
const YEAR_MONTH = /^\d{4}(?:-\d{2})?$/;
const DAY = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

function fail(problem: PeriodParamProblem): ParsedPeriods {
  return { periods: null, problem };
}

function parseRange(text: string): MonthRange | PeriodParamProblem {
  const parts = text.split('..');
  if (parts.length !== 2) return 'shape';
  const [from, to] = parts;
  if (!YEAR_MONTH.test(from) || !YEAR_MONTH.test(to)) return 'shape';
  const start = parsePartialDate(from);
  const end = parsePartialDate(to);
  if (!start || !end) return 'date';
  if (end.end <= start.start) return 'reversed';
  return { from, to };
}

/** Reads the `compare` parameter; never throws. */
export function parsePeriods(params: URLSearchParams): ParsedPeriods {
  const values = params.getAll(PERIOD_PARAM);
  if (values.length === 0) return { periods: null, problem: null };
  if (values.length > 1) return fail('repeated');
  const value = values[0].trim();
  if (value === '') return fail('empty');
  if (value.length > MAX_LENGTH) return fail('too-long');
  if (value.startsWith('before:')) {
    const date = value.slice('before:'.length);
    if (!DAY.test(date)) return fail('shape');
    if (!parsePartialDate(date)) return fail('date');
    return { periods: { mode: 'split', date }, problem: null };
  }
  const sides = value.split(',');
  if (sides.length !== 2) return fail('shape');
  const a = parseRange(sides[0]);
  const b = parseRange(sides[1]);
  for (const side of [a, b]) if (typeof side === 'string') return fail(side);
  return { periods: { mode: 'ranges', a: a as MonthRange, b: b as MonthRange }, problem: null };
}

/** The `compare` value for two periods; `parsePeriods` reads it back to the same value. */
export function serializePeriods(periods: PeriodSpec): string {
  if (periods.mode === 'split') return `before:${periods.date}`;
  return `${periods.a.from}..${periods.a.to},${periods.b.from}..${periods.b.to}`;
}

/** Writes (or, with null, removes) the `compare` parameter in place. */
export function writePeriods(params: URLSearchParams, periods: PeriodSpec | null): void {
  if (periods) params.set(PERIOD_PARAM, serializePeriods(periods));
  else params.delete(PERIOD_PARAM);
}

/** Whether a spec is one `parsePeriods` would accept (e.g. from a form before it is used). */
export function isValidPeriods(periods: PeriodSpec): boolean {
  return parsePeriods(new URLSearchParams({ [PERIOD_PARAM]: serializePeriods(periods) })).periods !== null;
}

/** The two periods as half-open windows of UTC ms; null for a spec that does not parse. */
export function periodWindows(periods: PeriodSpec): { a: TimeSpan; b: TimeSpan } | null {
  if (periods.mode === 'split') {
    const date = parsePartialDate(periods.date);
    if (!date) return null;
    return { a: { start: -Infinity, end: date.start }, b: { start: date.start, end: Infinity } };
  }
  const window = (range: MonthRange): TimeSpan | null => {
    const from = parsePartialDate(range.from);
    const to = parsePartialDate(range.to);
    return from && to && to.end > from.start ? { start: from.start, end: to.end } : null;
  };
  const a = window(periods.a);
  const b = window(periods.b);
  return a && b ? { a, b } : null;
}

/**
 * The periods a comparison starts from before the reader picks any: the last two calendar
 * years of the network's dated span (the year before its last, and its last).
 */
export function defaultPeriods(extent: TimeSpan | null): PeriodSpec {
  const last = extent ? new Date(extent.end - 1).getUTCFullYear() : new Date().getUTCFullYear();
  return {
    mode: 'ranges',
    a: { from: String(last - 1), to: `${last - 1}-12` },
    b: { from: String(last), to: `${last}-12` },
  };
}
