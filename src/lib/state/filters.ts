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

/**
 * The graph's nodes and edges as parallel arrays, built once per graph: a filter pass over
 * plain arrays is several times faster than graphology's iteration with attribute look-ups,
 * and it runs on every filter change and every step of the time window.
 */
interface GraphTable {
  nodeIds: string[];
  nodeKinds: string[];
  edgeIds: string[];
  relations: string[];
  sources: string[];
  targets: string[];
  sourceKinds: string[];
  targetKinds: string[];
}

const tables = new WeakMap<ActorGraph, GraphTable>();

function graphTable(graph: ActorGraph): GraphTable {
  const cached = tables.get(graph);
  // The explorer never changes a loaded graph's structure; the check keeps tests that do honest.
  if (cached && cached.nodeIds.length === graph.order && cached.edgeIds.length === graph.size) return cached;
  const table: GraphTable = {
    nodeIds: [],
    nodeKinds: [],
    edgeIds: [],
    relations: [],
    sources: [],
    targets: [],
    sourceKinds: [],
    targetKinds: [],
  };
  graph.forEachNode((node, attributes) => {
    table.nodeIds.push(node);
    table.nodeKinds.push(attributes.kind);
  });
  graph.forEachEdge((edge, attributes, source, target, sourceAttributes, targetAttributes) => {
    table.edgeIds.push(edge);
    table.relations.push(attributes.relation);
    table.sources.push(source);
    table.targets.push(target);
    table.sourceKinds.push(sourceAttributes.kind);
    table.targetKinds.push(targetAttributes.kind);
  });
  tables.set(graph, table);
  return table;
}

export function computeVisibility(
  graph: ActorGraph,
  filters: FilterState,
  edgeAllowed: EdgePredicate = ALWAYS,
): Visibility {
  const table = graphTable(graph);
  const { hiddenKinds, hiddenRelations } = filters;
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (let i = 0; i < table.nodeIds.length; i++) {
    if (!hiddenKinds.has(table.nodeKinds[i])) nodes.add(table.nodeIds[i]);
  }
  for (let i = 0; i < table.edgeIds.length; i++) {
    if (
      !hiddenRelations.has(table.relations[i]) &&
      !hiddenKinds.has(table.sourceKinds[i]) &&
      !hiddenKinds.has(table.targetKinds[i]) &&
      edgeAllowed(table.edgeIds[i])
    ) {
      edges.add(table.edgeIds[i]);
    }
  }
  if (filters.hideIsolated) {
    const linked = new Set<string>();
    for (let i = 0; i < table.edgeIds.length; i++) {
      if (!edges.has(table.edgeIds[i])) continue;
      linked.add(table.sources[i]);
      linked.add(table.targets[i]);
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
  const table = graphTable(graph);
  const { hiddenKinds } = filters;
  const counts = new Map<string, number>();
  for (let i = 0; i < table.edgeIds.length; i++) {
    if (hiddenKinds.has(table.sourceKinds[i]) || hiddenKinds.has(table.targetKinds[i])) continue;
    if (!edgeAllowed(table.edgeIds[i])) continue;
    const relation = table.relations[i];
    counts.set(relation, (counts.get(relation) ?? 0) + 1);
  }
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
