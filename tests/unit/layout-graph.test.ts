// @vitest-environment node
/**
 * The graph as it travels to the layout worker: three typed arrays (positions, sizes, edge
 * index pairs) in the page's node and edge order, rebuilt in the worker into a graph that
 * gives ForceAtlas2 exactly what the page's graph would, and rejected when it cannot be a
 * graph.
 */
import { describe, expect, it } from 'vitest';
import Graph, { MultiGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { buildGraph } from '../../src/lib/graph/build-graph';
import {
  layoutDataOf,
  layoutDataProblem,
  layoutGraphFrom,
  positionsExtent,
  positionsOf,
  type LayoutGraphData,
  type LayoutNodeAttributes,
} from '../../src/lib/layout/layout-graph';
import { fa2SettingsFor } from '../../src/lib/layout/worker-settings';
import { smallDataset } from '../fixtures/small-graph';

/** Mixed edges, parallel edges both ways, a self-loop and a node without size. */
function awkwardGraph(): Graph<LayoutNodeAttributes> {
  const graph = new MultiGraph<LayoutNodeAttributes>({ allowSelfLoops: true });
  graph.addNode('b', { x: 1.1, y: -2.2, size: 4 });
  graph.addNode('a', { x: -3.3, y: 0.5, size: 2 });
  graph.addNode('c', { x: 10, y: 7 });
  graph.addDirectedEdge('a', 'b');
  graph.addUndirectedEdge('c', 'a');
  graph.addDirectedEdge('b', 'a');
  graph.addDirectedEdge('a', 'b');
  graph.addDirectedEdge('c', 'c');
  return graph;
}

describe('layoutDataOf', () => {
  it('flattens positions, sizes and edges as index pairs, in the graph’s orders', () => {
    const graph = awkwardGraph();
    const { positions, sizes, edges } = layoutDataOf(graph);
    expect(positions).toBeInstanceOf(Float32Array);
    expect([...positions]).toEqual([1.1, -2.2, -3.3, 0.5, 10, 7].map(Math.fround));
    expect(sizes).toBeInstanceOf(Float32Array);
    expect([...sizes.slice(0, 2)]).toEqual([4, 2]);
    expect(sizes[2]).toBeNaN();
    expect(edges).toBeInstanceOf(Uint32Array);
    expect([...edges]).toEqual([1, 0, 2, 1, 0, 1, 1, 0, 2, 2]);
  });

  it('gives each array its own buffer, so all three can be transferred', () => {
    const { positions, sizes, edges } = layoutDataOf(buildGraph(smallDataset()));
    expect(new Set([positions.buffer, sizes.buffer, edges.buffer]).size).toBe(3);
  });
});

describe('layoutGraphFrom', () => {
  it('rebuilds the nodes in order with their positions and sizes, and every edge as sent', () => {
    const graph = awkwardGraph();
    const rebuilt = layoutGraphFrom(layoutDataOf(graph));
    expect(rebuilt.nodes()).toEqual(['0', '1', '2']);
    expect(rebuilt.getNodeAttributes('0')).toEqual({ x: Math.fround(1.1), y: Math.fround(-2.2), size: 4 });
    expect(rebuilt.getNodeAttribute('2', 'size')).toBeNaN();
    expect(rebuilt.mapEdges((_edge, _attributes, source, target) => [source, target])).toEqual([
      ['1', '0'],
      ['2', '1'],
      ['0', '1'],
      ['1', '0'],
      ['2', '2'],
    ]);
    expect([...positionsOf(rebuilt)]).toEqual([...layoutDataOf(graph).positions]);
  });

  it('gives ForceAtlas2 the same graph as the page’s: the same positions after the same iterations', () => {
    for (const graph of [awkwardGraph(), buildGraph(smallDataset())]) {
      const settings = fa2SettingsFor(graph.order);
      const onPage = forceAtlas2(graph, { iterations: 30, settings, getEdgeWeight: null });
      const rebuilt = layoutGraphFrom(layoutDataOf(graph));
      forceAtlas2.assign(rebuilt, { iterations: 30, settings, getEdgeWeight: null });
      const expected = graph.nodes().flatMap((node) => [onPage[node].x, onPage[node].y]);
      expect([...positionsOf(rebuilt)]).toEqual(expected.map(Math.fround));
    }
  });

  it('rejects data that cannot be a graph, saying why', () => {
    const good = layoutDataOf(awkwardGraph());
    const cases: [Partial<LayoutGraphData>, RegExp][] = [
      [{ positions: new Float32Array(5) }, /not x, y pairs/],
      [{ sizes: new Float32Array(2) }, /2 sizes for 3 nodes/],
      [{ edges: new Uint32Array([0, 1, 2]) }, /not source, target pairs/],
      [{ edges: new Uint32Array([0, 1, 2, 3]) }, /edge 1 joins node 3, but there are 3 nodes/],
      [{ edges: new Float32Array([0, 1]) as unknown as Uint32Array }, /Uint32Array/],
    ];
    expect(layoutDataProblem(good)).toBeNull();
    for (const [change, problem] of cases) {
      const data = { ...good, ...change };
      expect(layoutDataProblem(data)).toMatch(problem);
      expect(() => layoutGraphFrom(data)).toThrow(problem);
    }
  });

  it('takes an empty graph', () => {
    const empty = layoutGraphFrom(layoutDataOf(new Graph<LayoutNodeAttributes>()));
    expect(empty.order).toBe(0);
    expect(positionsOf(empty)).toHaveLength(0);
  });
});

describe('positionsExtent', () => {
  it('is the larger span of x, y pairs, 0 for none', () => {
    expect(positionsExtent(new Float32Array([-5, 1, 5, 4]))).toBe(10);
    expect(positionsExtent(new Float32Array([0, -8, 1, 8]))).toBe(16);
    expect(positionsExtent(new Float32Array(0))).toBe(0);
  });
});
