/**
 * The time window as a filter: each relation's span is computed once per network, then a
 * predicate tells whether a relation shows in the current window. Undated relations show
 * or hide as a whole, by a toggle.
 */
import type { NetworkRelation } from '../data/network';
import { datasetExtent, overlaps, relationSpan, type TimeSpan } from './relation-span';

export interface RelationSpans {
  spans: ReadonlyMap<string, TimeSpan | null>;
  /** Earliest start to latest end of every dated relation; null when nothing is dated. */
  extent: TimeSpan | null;
  undatedCount: number;
}

export function indexRelationSpans(relations: readonly NetworkRelation[]): RelationSpans {
  const extent = datasetExtent(relations);
  const openEnd = extent?.end ?? Infinity;
  const spans = new Map<string, TimeSpan | null>();
  let undatedCount = 0;
  for (const relation of relations) {
    const span = relationSpan(relation, openEnd);
    spans.set(relation.id, span);
    if (!span) undatedCount++;
  }
  return { spans, extent, undatedCount };
}

export interface TimeFilter {
  /** Null: the whole extent. */
  window: TimeSpan | null;
  showUndated: boolean;
}

/** Whether a relation shows under the time filter. */
export function timePredicate(index: RelationSpans, filter: TimeFilter): (relationId: string) => boolean {
  const { window, showUndated } = filter;
  return (relationId) => {
    const span = index.spans.get(relationId);
    if (span === undefined) return true;
    if (span === null) return showUndated;
    return window === null || overlaps(span, window);
  };
}
