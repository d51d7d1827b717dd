/**
 * "Focus on an actor with a depth": the actors within 1, 2 or 3 steps of the selected one
 * over the relations now visible, and the visible relations among them. Direction applies
 * to directed types only: "out" follows what the actor did to others (and onward), "in"
 * what others did to it; an undirected type (allied, met…) is walked both ways in every
 * mode. Every relation is stored source → target in the graph, so direction is read from the
 * edge's `directed` attribute. The result narrows the visibility through the reducers; the
 * graph is never changed. (graphology-traversal walks every edge; this walk must skip the
 * hidden ones, so it is a plain breadth-first search over the visible edges.)
 */
import type { ActorGraph } from '../graph/build-graph';
import type { Visibility } from '../state/filters';
import type { FocusDirection } from '../state/analysis-url';

/** Whether a walk at `from` may take this edge, given the focus direction. */
function walks(directed: boolean, from: string, source: string, direction: FocusDirection): boolean {
  if (!directed || direction === 'both') return true;
  return direction === 'out' ? from === source : from !== source;
}

/** The visible neighbourhood of `actor` within `depth` steps, as a narrower visibility. */
export function focusVisibility(
  graph: ActorGraph,
  actor: string,
  depth: number,
  direction: FocusDirection,
  visibility: Visibility,
): Visibility {
  if (!graph.hasNode(actor) || !visibility.nodes.has(actor)) return { nodes: new Set(), edges: new Set() };
  const nodes = new Set<string>([actor]);
  let frontier = [actor];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, attributes, source, target) => {
        if (!visibility.edges.has(edge) || !walks(attributes.directed, node, source, direction)) return;
        const other = source === node ? target : source;
        if (nodes.has(other) || !visibility.nodes.has(other)) return;
        nodes.add(other);
        next.push(other);
      });
    }
    frontier = next;
  }
  // The neighbourhood is shown whole: every visible relation among the actors reached.
  const edges = new Set<string>();
  for (const node of nodes) {
    graph.forEachEdge(node, (edge, _attributes, source, target) => {
      if (visibility.edges.has(edge) && nodes.has(source) && nodes.has(target)) edges.add(edge);
    });
  }
  return { nodes, edges };
}
