/**
 * Everything that happened between two actors, in order: the relation panel shows it so a
 * reader sees one act in the course of the whole relationship (talks, then sanctions...).
 */
import type { Relation } from '../data/schema';
import { relationSortTime } from './dataset-index';

/**
 * The relations between `a` and `b` in either direction, oldest first (by the start of
 * their date, start or end), undated ones last; equal times keep dataset order.
 */
export function pairHistory(relations: readonly Relation[], a: string, b: string): Relation[] {
  return relations
    .filter((r) => (r.source === a && r.target === b) || (r.source === b && r.target === a))
    .map((relation) => ({ relation, time: relationSortTime(relation) }))
    .sort((x, y) => {
      if (x.time === y.time) return 0;
      if (x.time === null) return 1;
      if (y.time === null) return -1;
      return x.time - y.time;
    })
    .map(({ relation }) => relation);
}
