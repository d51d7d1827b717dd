/**
 * The stretch of time a relation covers, for the timeline and time filtering. A partial
 * date covers the whole year, month or day it names; a standing tie covers everything from
 * the start of its first date to the end of its last. All times are UTC milliseconds and
 * every span is half-open: `start` included, `end` excluded.
 */
import { parsePartialDate } from '../data/partial-date';

/** A half-open interval of UTC milliseconds; `start` may be -Infinity, `end` +Infinity. */
export interface TimeSpan {
  start: number;
  end: number;
}

/** The date fields of a relation: an act has `date`, a standing tie `start` and/or `end`. */
export interface DatedFields {
  date?: string;
  start?: string;
  end?: string;
}

/**
 * The time a relation covers, or null when it carries no readable date.
 *
 * @param openEnd where a tie with a start but no end stops; pass the end of the dataset's
 *   latest date (`datasetExtent(relations)?.end`) so open ties reach "now" in the data.
 *   Without it they last forever.
 */
export function relationSpan(relation: DatedFields, openEnd: number = Infinity): TimeSpan | null {
  if (relation.date) {
    const act = parsePartialDate(relation.date);
    return act ? { start: act.start, end: act.end } : null;
  }
  const from = relation.start ? parsePartialDate(relation.start) : null;
  const until = relation.end ? parsePartialDate(relation.end) : null;
  if (from && until) return { start: from.start, end: Math.max(from.end, until.end) };
  // A tie always covers at least its own start date, even if openEnd falls before it.
  if (from) return { start: from.start, end: Math.max(from.end, openEnd) };
  if (until) return { start: -Infinity, end: until.end };
  return null;
}

/** Whether two half-open spans share at least one instant. */
export function overlaps(span: TimeSpan, window: TimeSpan): boolean {
  return span.start < window.end && window.start < span.end;
}

/**
 * The smallest span holding every date the relations state (acts, starts and ends, each
 * over its whole partial span), or null when none of them is dated. Open ends add nothing.
 */
export function datasetExtent(relations: Iterable<DatedFields>): TimeSpan | null {
  let start = Infinity;
  let end = -Infinity;
  for (const relation of relations) {
    for (const value of [relation.date, relation.start, relation.end]) {
      const span = value ? parsePartialDate(value) : null;
      if (!span) continue;
      if (span.start < start) start = span.start;
      if (span.end > end) end = span.end;
    }
  }
  return start < end ? { start, end } : null;
}
