// @vitest-environment node
/**
 * The layout's work without a worker: ForceAtlas2 through the library's public layout,
 * called a few iterations at a time on the worker's graph, the settle rule and the cap,
 * noverlap through its public layout, and the promise that time slicing never changes how
 * far the layout goes (same data, same picture).
 *
 * The runner cannot reproduce the positions of the former one, which drove the library's
 * private per-iteration function on one matrix for the whole run: the public layout starts
 * each call afresh (node speeds and the previous forces reset), so positions match it only
 * up to the end of its first call (tested below). What the tests hold it to instead: the
 * settle rule and the cap counted in iterations as before, the same positions from the same
 * data however the work is sliced, and calls cut where the graph's size alone says.
 */
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { callLengthsFor, settleRuleFor, type SettleRule } from '../../src/lib/layout/convergence';
import {
  layoutDataOf,
  layoutGraphFrom,
  positionsOf,
  type LayoutGraph,
  type LayoutNodeAttributes,
} from '../../src/lib/layout/layout-graph';
import { LayoutRunner, spreadOverlaps } from '../../src/lib/layout/layout-runner';
import { fa2SettingsFor, noverlapSettingsFor } from '../../src/lib/layout/worker-settings';

/** A ring of `n` nodes with chords, on deterministic starting positions. */
function ringGraph(n: number): Graph<LayoutNodeAttributes> {
  const graph = new Graph<LayoutNodeAttributes>({ multi: true });
  for (let i = 0; i < n; i++)
    graph.addNode(`n${i}`, { x: Math.cos(i * 2.4) * 10 * (1 + (i % 7)), y: Math.sin(i * 2.4) * 10, size: 2 });
  for (let i = 0; i < n; i++) {
    graph.addEdge(`n${i}`, `n${(i + 1) % n}`);
    if (i % 3 === 0) graph.addEdge(`n${i}`, `n${(i * 7 + 5) % n}`);
  }
  return graph;
}

/** The graph as the worker rebuilds it from the page's message. */
const workerGraph = (graph: Graph<LayoutNodeAttributes>): LayoutGraph => layoutGraphFrom(layoutDataOf(graph));

function runnerFor(graph: Graph<LayoutNodeAttributes>, rule: SettleRule = settleRuleFor(graph.order)): LayoutRunner {
  return new LayoutRunner(workerGraph(graph), fa2SettingsFor(graph.order), rule);
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

  it('is the library’s own layout up to the end of its first call', () => {
    const graph = ringGraph(60);
    const runner = runnerFor(graph);
    const ran = runner.step();
    expect(ran).toBe(runner.rule.checkEvery);
    const expected = forceAtlas2(graph, { iterations: ran, settings: fa2SettingsFor(60), getEdgeWeight: null });
    expect([...runner.positions()]).toEqual(
      graph.nodes().flatMap((node) => [Math.fround(expected[node].x), Math.fround(expected[node].y)]),
    );
  });

  it('gives the same positions from the same data, however the work is sliced', () => {
    const whole = runnerFor(ringGraph(80));
    runToEnd(whole, () => false);
    const again = runnerFor(ringGraph(80));
    runToEnd(again, () => false);
    expect(again.positions()).toEqual(whole.positions());

    const callByCall = runnerFor(ringGraph(80));
    const [callLength] = callLengthsFor(80, callByCall.rule.checkEvery);
    let slices = 0;
    while (!callByCall.done) {
      expect(callByCall.runSlice(() => true)).toBe(callLength);
      slices++;
    }
    expect(slices).toBe(whole.iterations / callLength);
    expect(callByCall.iterations).toBe(whole.iterations);
    expect(callByCall.state).toBe(whole.state);
    expect(callByCall.positions()).toEqual(whole.positions());
  });

  it('cuts a big graph’s check window into several calls and checks the settle rule only at its end', () => {
    const order = 4100;
    const lengths = callLengthsFor(order, 25);
    expect(lengths).toEqual([13, 12]);
    const runner = runnerFor(ringGraph(order), { checkEvery: 25, threshold: Infinity, maxIterations: 100 });
    expect(runner.step()).toBe(13);
    expect(runner.state).toBe('running');
    expect(runner.step()).toBe(12);
    expect(runner.state).toBe('settled');
    expect(runner.iterations).toBe(25);
    expect(runner.positions().every(Number.isFinite)).toBe(true);
  });

  it('stops at its cap when the layout never settles, the last call cut short', () => {
    const runner = runnerFor(ringGraph(30), { checkEvery: 10, threshold: 0, maxIterations: 37 });
    runToEnd(runner, () => false);
    expect(runner.state).toBe('capped');
    expect(runner.iterations).toBe(37);
    expect(runner.step()).toBe(0);
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
    expect(runner.step()).toBe(10);
    expect(runner.progress).toBeCloseTo(0.25);
    const reached = runner.positions();
    expect(runner.stop()).toBe('stopped');
    expect(runner.state).toBe('stopped');
    expect(runner.step()).toBe(0);
    expect(runner.positions()).toEqual(reached);
    // A layout that has ended keeps its ending.
    const settled = runnerFor(ringGraph(30), { checkEvery: 10, threshold: Infinity, maxIterations: 40 });
    runToEnd(settled, () => false);
    expect(settled.stop()).toBe('settled');
  });

  it('has nothing to do for fewer than two nodes', () => {
    const graph = new Graph<LayoutNodeAttributes>();
    graph.addNode('a', { x: 0, y: 0 });
    const runner = runnerFor(graph);
    expect(runner.done).toBe(true);
    expect(runner.runSlice(() => false)).toBe(0);
    expect(runner.progress).toBe(1);
  });

  it('fails on invalid settings as the library does', () => {
    const runner = new LayoutRunner(workerGraph(ringGraph(10)), { gravity: -1 }, settleRuleFor(10));
    expect(() => runner.step()).toThrow(/graphology-layout-forceatlas2: the `gravity` setting/);
  });

  it('uses Barnes–Hut above 400 nodes and still settles or caps with finite positions', () => {
    const graph = ringGraph(450);
    expect(fa2SettingsFor(graph.order).barnesHutOptimize).toBe(true);
    const runner = runnerFor(graph, { ...settleRuleFor(graph.order), maxIterations: 60 });
    runToEnd(runner, () => false);
    expect(runner.iterations).toBeLessThanOrEqual(60);
    expect(runner.positions().every(Number.isFinite)).toBe(true);
  });
});

describe('noverlap on the worker’s graph', () => {
  function crowded(): Graph<LayoutNodeAttributes> {
    const graph = new Graph<LayoutNodeAttributes>();
    graph.addNode('a', { x: 0, y: 0, size: 5 });
    graph.addNode('b', { x: 1, y: 0, size: 5 });
    graph.addNode('c', { x: 100, y: 100, size: 5 });
    graph.addEdge('a', 'b');
    return graph;
  }

  it('pushes overlapping discs apart and leaves their sizes alone', () => {
    const graph = workerGraph(crowded());
    const passes = spreadOverlaps(graph, noverlapSettingsFor(1), 120);
    expect(passes).toBeGreaterThan(0);
    expect(passes).toBeLessThan(120);
    const [ax, ay, bx, by] = positionsOf(graph);
    // Two discs of radius 5 with margins of 6 pixels.
    expect(Math.hypot(bx - ax, by - ay)).toBeGreaterThanOrEqual(10);
    expect(graph.mapNodes((_node, attributes) => attributes.size)).toEqual([5, 5, 5]);
  });

  it('moves the nodes exactly as one call of the library with the same pass limit', () => {
    for (const limit of [3, 120]) {
      const passByPass = workerGraph(ringGraph(50));
      const oneCall = workerGraph(ringGraph(50));
      spreadOverlaps(passByPass, noverlapSettingsFor(5), limit);
      noverlap.assign(oneCall, { maxIterations: limit, settings: noverlapSettingsFor(5) });
      expect(positionsOf(passByPass)).toEqual(positionsOf(oneCall));
    }
  });

  it('stops after its pass limit, and after one pass when nothing overlaps', () => {
    expect(spreadOverlaps(workerGraph(ringGraph(50)), noverlapSettingsFor(50), 3)).toBe(3);
    const apart = workerGraph(crowded());
    spreadOverlaps(apart, noverlapSettingsFor(1), 120);
    const spread = positionsOf(apart);
    expect(spreadOverlaps(apart, noverlapSettingsFor(1), 120)).toBe(1);
    expect(positionsOf(apart)).toEqual(spread);
  });
});
