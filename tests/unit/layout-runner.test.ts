// @vitest-environment node
/**
 * The layout's work without a worker: ForceAtlas2 iterations on the library's matrices,
 * the settle rule and the cap, noverlap, and the promise that time slicing never changes
 * how far the layout goes (same data, same picture).
 */
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { graphToByteArrays } from 'graphology-layout-forceatlas2/helpers.js';
import { settleRuleFor, type SettleRule } from '../../src/lib/layout/convergence';
import {
  FA2_NODE_STRIDE,
  LayoutRunner,
  completeFa2Settings,
  matrixExtent,
  noverlapSettingsFor,
  spreadOverlaps,
} from '../../src/lib/layout/layout-runner';
import { fa2SettingsFor } from '../../src/lib/layout/settings';

/** A ring of `n` nodes with chords, on deterministic starting positions. */
function ringGraph(n: number): Graph {
  const graph = new Graph({ multi: true });
  for (let i = 0; i < n; i++)
    graph.addNode(`n${i}`, { x: Math.cos(i * 2.4) * 10 * (1 + (i % 7)), y: Math.sin(i * 2.4) * 10, size: 2 });
  for (let i = 0; i < n; i++) {
    graph.addEdge(`n${i}`, `n${(i + 1) % n}`);
    if (i % 3 === 0) graph.addEdge(`n${i}`, `n${(i * 7 + 5) % n}`);
  }
  return graph;
}

function runnerFor(graph: Graph, rule: SettleRule = settleRuleFor(graph.order)): LayoutRunner {
  const { nodes, edges } = graphToByteArrays(graph, () => 1);
  return new LayoutRunner(nodes, edges, fa2SettingsFor(graph.order), rule);
}

function runToEnd(runner: LayoutRunner, sliceOver: () => boolean): void {
  while (!runner.done) runner.runSlice(sliceOver);
}

describe('LayoutRunner', () => {
  it('moves the nodes and ends by settling before its cap on a small graph', () => {
    const graph = ringGraph(60);
    const runner = runnerFor(graph);
    const before = runner.positions();
    runToEnd(runner, () => false);
    expect(runner.state).toBe('settled');
    expect(runner.iterations).toBeLessThan(runner.rule.maxIterations);
    expect(runner.iterations % runner.rule.checkEvery).toBe(0);
    expect(runner.progress).toBe(1);
    const after = runner.positions();
    expect(after).toHaveLength(graph.order * 2);
    expect(after.every(Number.isFinite)).toBe(true);
    expect(after).not.toEqual(before);
  });

  it('gives the same positions after the same number of iterations, however the work is sliced', () => {
    const whole = runnerFor(ringGraph(80));
    runToEnd(whole, () => false);
    const oneByOne = runnerFor(ringGraph(80));
    let slices = 0;
    while (!oneByOne.done) {
      expect(oneByOne.runSlice(() => true)).toBe(1);
      slices++;
    }
    expect(slices).toBe(whole.iterations);
    expect(oneByOne.iterations).toBe(whole.iterations);
    expect(oneByOne.state).toBe(whole.state);
    expect(oneByOne.positions()).toEqual(whole.positions());
  });

  it('stops at its cap when the layout never settles', () => {
    const runner = runnerFor(ringGraph(30), { checkEvery: 10, threshold: 0, maxIterations: 37 });
    runToEnd(runner, () => false);
    expect(runner.state).toBe('capped');
    expect(runner.iterations).toBe(37);
    expect(runner.step()).toBe(false);
    expect(runner.iterations).toBe(37);
  });

  it('settles at the first check when any movement counts as settled', () => {
    const runner = runnerFor(ringGraph(30), { checkEvery: 10, threshold: Infinity, maxIterations: 500 });
    runToEnd(runner, () => false);
    expect(runner.state).toBe('settled');
    expect(runner.iterations).toBe(10);
  });

  it('reports progress against the cap and stops from outside, keeping positions', () => {
    const runner = runnerFor(ringGraph(30), { checkEvery: 10, threshold: 0, maxIterations: 40 });
    for (let i = 0; i < 10; i++) runner.step();
    expect(runner.progress).toBeCloseTo(0.25);
    const reached = runner.positions();
    runner.stop();
    expect(runner.state).toBe('stopped');
    expect(runner.step()).toBe(false);
    expect(runner.positions()).toEqual(reached);
  });

  it('has nothing to do for fewer than two nodes', () => {
    const graph = new Graph();
    graph.addNode('a', { x: 0, y: 0 });
    const runner = runnerFor(graph);
    expect(runner.done).toBe(true);
    expect(runner.runSlice(() => false)).toBe(0);
  });

  it('rejects invalid settings as the library would', () => {
    expect(() => completeFa2Settings({ gravity: -1 })).toThrow(/gravity/);
    expect(completeFa2Settings({ gravity: 2 })).toMatchObject({ gravity: 2, scalingRatio: 1, barnesHutTheta: 0.5 });
  });

  it('uses Barnes–Hut above 400 nodes and still settles or caps with finite positions', () => {
    const graph = ringGraph(450);
    const runner = runnerFor(graph, { ...settleRuleFor(graph.order), maxIterations: 60 });
    runToEnd(runner, () => false);
    expect(runner.iterations).toBeLessThanOrEqual(60);
    expect(runner.positions().every(Number.isFinite)).toBe(true);
  });
});

describe('noverlap on the layout matrix', () => {
  it('pushes overlapping discs apart and leaves the other numbers of the matrix alone', () => {
    const graph = new Graph();
    graph.addNode('a', { x: 0, y: 0, size: 5 });
    graph.addNode('b', { x: 1, y: 0, size: 5 });
    graph.addNode('c', { x: 100, y: 100, size: 5 });
    graph.addEdge('a', 'b');
    const { nodes } = graphToByteArrays(graph, () => 1);
    const masses = [6, 6 + FA2_NODE_STRIDE, 6 + 2 * FA2_NODE_STRIDE].map((i) => nodes[i]);
    const passes = spreadOverlaps(nodes, noverlapSettingsFor(1), 120);
    expect(passes).toBeGreaterThan(0);
    expect(passes).toBeLessThanOrEqual(120);
    const distance = Math.hypot(nodes[FA2_NODE_STRIDE] - nodes[0], nodes[FA2_NODE_STRIDE + 1] - nodes[1]);
    // Two discs of radius 5 with margins of 6 pixels.
    expect(distance).toBeGreaterThanOrEqual(10);
    expect([6, 6 + FA2_NODE_STRIDE, 6 + 2 * FA2_NODE_STRIDE].map((i) => nodes[i])).toEqual(masses);
  });

  it('stops after its pass limit', () => {
    const { nodes } = graphToByteArrays(ringGraph(50), () => 1);
    expect(spreadOverlaps(nodes, noverlapSettingsFor(50), 3)).toBeLessThanOrEqual(3);
  });

  it('measures the extent of a matrix as its larger span', () => {
    const matrix = new Float32Array(2 * FA2_NODE_STRIDE);
    matrix.set([-5, 1], 0);
    matrix.set([5, 4], FA2_NODE_STRIDE);
    expect(matrixExtent(matrix, FA2_NODE_STRIDE)).toBe(10);
    expect(matrixExtent(new Float32Array(0), FA2_NODE_STRIDE)).toBe(0);
  });
});
