/**
 * What to emphasise for a hovered or selected node or edge: small sets computed once per
 * change, so that reducers only do set look-ups.
 */
import type { ActorGraph } from '../graph/build-graph';

export interface Focus {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** A node, its visible neighbours and the visible edges between them. */
export function nodeFocus(graph: ActorGraph, node: string, visibleEdges: ReadonlySet<string>): Focus {
  const nodes = new Set<string>([node]);
  const edges = new Set<string>();
  graph.forEachEdge(node, (edge, _attributes, source, target) => {
    if (!visibleEdges.has(edge)) return;
    edges.add(edge);
    nodes.add(source);
    nodes.add(target);
  });
  return { nodes, edges };
}

/** An edge and its two ends. */
export function edgeFocus(graph: ActorGraph, edge: string): Focus {
  return { nodes: new Set([graph.source(edge), graph.target(edge)]), edges: new Set([edge]) };
}
