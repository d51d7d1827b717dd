/**
 * What the layout worker needs of a graph, as three compact typed arrays that are
 * transferred to it rather than copied: node positions, node sizes and edges as pairs of
 * node indices. The page flattens its graph (layoutDataOf); the worker rebuilds a bare
 * graphology graph from them (layoutGraphFrom) to run the libraries' public layouts on.
 * Nodes keep the page's order, so the positions the worker sends back line up with it.
 */
import Graph from 'graphology';
import type { AbstractGraph, Attributes } from 'graphology-types';

export interface LayoutGraphData {
  /** x, y of every node, in the graph's node order. */
  positions: Float32Array;
  /** Every node's size (noverlap's disc radius; ForceAtlas2 and noverlap read 0 or NaN as 1). */
  sizes: Float32Array;
  /** Source and target index of every edge, in the graph's edge order. */
  edges: Uint32Array;
}

/** The node attributes a layout reads. */
export interface LayoutNodeAttributes extends Attributes {
  x: number;
  y: number;
  size?: number;
}

/** The worker's graph: nodes keyed "0", "1", … in the page's order. */
export type LayoutGraph = Graph<LayoutNodeAttributes>;

/** Flattens a graph for the worker; the three buffers can be transferred. */
export function layoutDataOf<N extends LayoutNodeAttributes>(graph: AbstractGraph<N>): LayoutGraphData {
  const index = new Map<string, number>();
  const positions = new Float32Array(graph.order * 2);
  const sizes = new Float32Array(graph.order);
  let i = 0;
  graph.forEachNode((node, attributes) => {
    index.set(node, i);
    positions[2 * i] = attributes.x;
    positions[2 * i + 1] = attributes.y;
    // A missing size becomes NaN, which the libraries read as 1, as they read the page's graph.
    sizes[i] = attributes.size as number;
    i++;
  });
  const edges = new Uint32Array(graph.size * 2);
  let j = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    edges[j++] = index.get(source) as number;
    edges[j++] = index.get(target) as number;
  });
  return { positions, sizes, edges };
}

/** Why data cannot be a graph, or null when it can. */
export function layoutDataProblem(data: LayoutGraphData): string | null {
  const { positions, sizes, edges } = data;
  if (!(positions instanceof Float32Array) || !(sizes instanceof Float32Array) || !(edges instanceof Uint32Array)) {
    return 'positions and sizes must be Float32Arrays, edges a Uint32Array';
  }
  if (positions.length % 2 !== 0) return `${positions.length} position numbers are not x, y pairs`;
  const order = positions.length / 2;
  if (sizes.length !== order) return `${sizes.length} sizes for ${order} nodes`;
  if (edges.length % 2 !== 0) return `${edges.length} edge numbers are not source, target pairs`;
  for (let j = 0; j < edges.length; j++) {
    if (edges[j] >= order) return `edge ${j >> 1} joins node ${edges[j]}, but there are ${order} nodes`;
  }
  return null;
}

/**
 * The graph the worker lays out: node i at positions[2i], positions[2i + 1] with size
 * sizes[i], and the edges in the order sent. Directed and multi, so that every edge keeps
 * its source and target as sent and parallel edges all pull (ForceAtlas2's
 * outboundAttractionDistribution weighs an edge by its source's degree, and every edge adds
 * to its nodes' degrees): the library then builds the same matrices as from the page's graph.
 * Throws on data that cannot be a graph.
 */
export function layoutGraphFrom(data: LayoutGraphData): LayoutGraph {
  const problem = layoutDataProblem(data);
  if (problem) throw new Error(`layout data: ${problem}`);
  const { positions, sizes, edges } = data;
  const graph: LayoutGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  for (let i = 0; i < sizes.length; i++) {
    graph.addNode(String(i), { x: positions[2 * i], y: positions[2 * i + 1], size: sizes[i] });
  }
  for (let j = 0; j < edges.length; j += 2) graph.addEdge(String(edges[j]), String(edges[j + 1]));
  return graph;
}

/** The graph's positions as x, y pairs in node order, in a fresh array that can be transferred. */
export function positionsOf(graph: LayoutGraph): Float32Array {
  const out = new Float32Array(graph.order * 2);
  let i = 0;
  graph.forEachNode((_node, attributes) => {
    out[i++] = attributes.x;
    out[i++] = attributes.y;
  });
  return out;
}

/** Larger of the x and y spans of x, y pairs; 0 when there are none. */
export function positionsExtent(positions: ArrayLike<number>): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let j = 0; j + 1 < positions.length; j += 2) {
    const x = positions[j];
    const y = positions[j + 1];
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return maxX >= minX ? Math.max(maxX - minX, maxY - minY) : 0;
}
