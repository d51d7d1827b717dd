/**
 * Everything that happened between two actors, in order: the relation panel shows it so a
 * reader sees one act in the course of the whole relationship (talks, then sanctions...).
 */
import type { NetworkRelation } from '../data/network';
import { relationDateLabel, relationSortTime, relationTypeLabel, type DatasetIndex } from './dataset-index';
import { relationColor } from './palette';
import { isDirectedRelation } from './build-graph';

/**
 * The relations between `a` and `b` in either direction, oldest first (by the start of
 * their date, start or end), undated ones last; equal times keep dataset order.
 */
export function pairHistory<R extends NetworkRelation>(relations: readonly R[], a: string, b: string): R[] {
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

export interface PairHistoryItem {
  id: string;
  relationLabel: string;
  color: string;
  directed: boolean;
  /** Same direction as the relation the history is shown for. */
  forward: boolean;
  dateLabel: string;
  sortTime: number | null;
}

/** The history strip's items for the pair of actors that `relation` joins. */
export function pairHistoryItems(index: DatasetIndex, relation: NetworkRelation): PairHistoryItem[] {
  return pairHistory(index.dataset.relations, relation.source, relation.target).map((other) => ({
    id: other.id,
    relationLabel: relationTypeLabel(other.type),
    color: relationColor(other.type),
    directed: other.directed ?? isDirectedRelation(other.type),
    forward: other.source === relation.source,
    dateLabel: relationDateLabel(other),
    sortTime: relationSortTime(other),
  }));
}
