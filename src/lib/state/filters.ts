/**
 * Filter state as plain data, and the pure functions that turn it into what is visible.
 * The rune state module holds one of these; reducers, counts, the relations list and the
 * URL all read from the same value.
 */
import type { ActorGraph } from '../graph/build-graph';

export interface FilterState {
  /** Relation type ids that are switched off. */
  hiddenRelations: ReadonlySet<string>;
  /** Actor kinds that are switched off. */
  hiddenKinds: ReadonlySet<string>;
  /** Hide actors that have no visible relation left. */
  hideIsolated: boolean;
}

export const EMPTY_FILTERS: FilterState = {
  hiddenRelations: new Set(),
  hiddenKinds: new Set(),
  hideIsolated: false,
};

export interface Visibility {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/**
 * Extra per-edge condition from other filters (the time window), so that visibility is
 * computed in one pass and counts agree with the picture.
 */
export type EdgePredicate = (edge: string) => boolean;

const ALWAYS: EdgePredicate = () => true;

export function toggleInSet<T>(set: ReadonlySet<T>, value: T, on: boolean): ReadonlySet<T> {
  const next = new Set(set);
  if (on) next.add(value);
  else next.delete(value);
  return next;
}

export function computeVisibility(
  graph: ActorGraph,
  filters: FilterState,
  edgeAllowed: EdgePredicate = ALWAYS,
): Visibility {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  graph.forEachNode((node, attributes) => {
    if (!filters.hiddenKinds.has(attributes.kind)) nodes.add(node);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (
      !filters.hiddenRelations.has(attributes.relation) &&
      nodes.has(source) &&
      nodes.has(target) &&
      edgeAllowed(edge)
    ) {
      edges.add(edge);
    }
  });
  if (filters.hideIsolated) {
    const linked = new Set<string>();
    for (const edge of edges) {
      linked.add(graph.source(edge));
      linked.add(graph.target(edge));
    }
    for (const node of [...nodes]) if (!linked.has(node)) nodes.delete(node);
  }
  return { nodes, edges };
}

/**
 * For each relation type, how many relations ticking it would show given every other
 * filter: the number people see next to each checkbox.
 */
export function countByRelation(
  graph: ActorGraph,
  filters: FilterState,
  edgeAllowed: EdgePredicate = ALWAYS,
): Map<string, number> {
  const counts = new Map<string, number>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (filters.hiddenKinds.has(graph.getNodeAttribute(source, 'kind'))) return;
    if (filters.hiddenKinds.has(graph.getNodeAttribute(target, 'kind'))) return;
    if (!edgeAllowed(edge)) return;
    counts.set(attributes.relation, (counts.get(attributes.relation) ?? 0) + 1);
  });
  return counts;
}

/** For each actor kind, how many actors of that kind are visible now. */
export function countByKind(graph: ActorGraph, visibleNodes: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const node of visibleNodes) {
    const kind = graph.getNodeAttribute(node, 'kind');
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return counts;
}
