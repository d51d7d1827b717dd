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

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Human form at the precision the source gave: "2025", "October 2025", "16 October 2025". */
export function formatPartialDate(value: string): string {
  const match = PARTIAL_DATE_PATTERN.exec(value);
  if (!match || !isPartialDate(value)) return value;
  const [, year, month, day] = match;
  if (month === undefined) return year;
  const monthName = MONTHS[Number(month) - 1];
  if (day === undefined) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** When a relation happened or held, in words, as precise as the source; '' when undated. */
export function describeRelationTime(relation: { date?: string; start?: string; end?: string }): string {
  if (relation.date) return formatPartialDate(relation.date);
  if (relation.start && relation.end)
    return `${formatPartialDate(relation.start)} – ${formatPartialDate(relation.end)}`;
  if (relation.start) return `since ${formatPartialDate(relation.start)}`;
  if (relation.end) return `until ${formatPartialDate(relation.end)}`;
  return '';
}
