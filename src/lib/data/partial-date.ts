/**
 * Partial ISO dates (`2025`, `2025-10`, `2025-10-16`) as the sources state them. A partial
 * date stands for the whole span it covers, never for its first day.
 */

export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type DatePrecision = 'year' | 'month' | 'day';

export interface DateSpan {
  /** Inclusive start, UTC milliseconds. */
  start: number;
  /** Exclusive end, UTC milliseconds. */
  end: number;
  precision: DatePrecision;
}

/** Returns the span a partial date covers, or null when it is not a real calendar date. */
export function parsePartialDate(value: string): DateSpan | null {
  const match = PARTIAL_DATE_PATTERN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) {
    return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1), precision: 'year' };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) {
    return {
      start: Date.UTC(year, month - 1, 1),
      end: Date.UTC(year, month, 1),
      precision: 'month',
    };
  }
  const day = Number(match[3]);
  const start = Date.UTC(year, month - 1, day);
  const check = new Date(start);
  if (day < 1 || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { start, end: Date.UTC(year, month - 1, day + 1), precision: 'day' };
}

export function isPartialDate(value: string): boolean {
  return parsePartialDate(value) !== null;
}
