/**
 * The one ordering of relations in time, used by every list (table, actor panel, pair
 * history, paths): by the start of the act's date or of the tie, undated last in either
 * direction ("no date" is neither early nor late), ties kept in the order given.
 */
import type { DatedFields } from './relation-span';
import { parsePartialDate } from '../data/partial-date';

/** Sort key: the start of the act or of the tie, in UTC ms; null when undated. */
export function relationSortTime(relation: DatedFields): number | null {
  const value = relation.date ?? relation.start ?? relation.end;
  return value ? (parsePartialDate(value)?.start ?? null) : null;
}

/** Compares two sort times, undated last, oldest first unless `newestFirst`; 0 keeps input order. */
export function compareSortTimes(a: number | null, b: number | null, newestFirst = false): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return newestFirst ? b - a : a - b;
}
