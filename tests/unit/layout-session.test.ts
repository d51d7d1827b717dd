// @vitest-environment node
/**
 * The layout worker's logic with its globals faked: a clock moved by hand and a queue of
 * scheduled slices. It rebuilds the graph from the page's arrays, posts positions no more
 * often than asked, ends with one 'done' message, answers 'stop' between slices, reports
 * failures as messages, and does the same iterations whatever the clock says.
 */
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import type { SettleRule } from '../../src/lib/layout/convergence';
import { layoutDataOf, type LayoutNodeAttributes } from '../../src/lib/layout/layout-graph';
import type { FromWorker, StartMessage } from '../../src/lib/layout/layout-protocol';
import { LayoutSession, PROGRESS_EVERY_MS, SLICE_MS } from '../../src/lib/layout/layout-session';

function lineGraph(n: number): Graph<LayoutNodeAttributes> {
  const graph = new Graph<LayoutNodeAttributes>();
  for (let i = 0; i < n; i++) graph.addNode(`n${i}`, { x: (i * 37) % 11, y: (i * 13) % 7, size: 3 });
  for (let i = 1; i < n; i++) graph.addEdge(`n${i - 1}`, `n${i}`);
  return graph;
}

/** 50 iterations in calls of 5 (a graph this small takes a check window in one call). */
const RULE: SettleRule = { checkEvery: 5, threshold: 0, maxIterations: 50 };

function startMessage(graph: Graph<LayoutNodeAttributes>, overrides: Partial<StartMessage> = {}): StartMessage {
  return {
    type: 'start',
    ...layoutDataOf(graph),
    rule: RULE,
    postEveryMs: 100,
    unitsPerPixel: null,
    noverlapMaxIterations: 120,
    ...overrides,
  };
}

/** A fake worker: each library call "takes" `msPerCall` on the fake clock. */
function harness(msPerCall: number) {
  let clock = 0;
  const queue: Array<() => void> = [];
  const posted: FromWorker[] = [];
  const transfers: Transferable[][] = [];
  const session = new LayoutSession({
    post: (message, transfer) => {
      posted.push(message);
      transfers.push(transfer);
    },
    schedule: (task) => queue.push(task),
    now: () => (clock += msPerCall / 2), // asked twice per call
  });
  const runNext = () => queue.shift()?.();
  const runAll = () => {
    while (queue.length) runNext();
  };
  return { session, posted, transfers, queue, runNext, runAll };
}

describe('LayoutSession', () => {
  it('runs to the cap, posts positions at most every postEveryMs, then one done message', () => {
    const graph = lineGraph(20);
    const { session, posted, transfers, runAll } = harness(40);
    session.handle(startMessage(graph));
    expect(session.busy).toBe(true);
    runAll();
    expect(session.busy).toBe(false);
    const done = posted.at(-1)!;
    expect(done).toMatchObject({ type: 'done', iterations: 50, state: 'capped', spreadPasses: 0 });
    const updates = posted.filter((m) => m.type === 'positions');
    // 10 calls of 40 ms, one a slice of 16 ms: an update every 100 ms at most.
    expect(updates.length).toBeGreaterThan(0);
    expect(updates.length).toBeLessThanOrEqual(4);
    for (const message of [...updates, done]) {
      if (message.type === 'error' || message.type === 'progress') throw new Error('unexpected message');
      expect(message.positions).toHaveLength(graph.order * 2);
    }
    // Positions are transferred, not copied.
    expect(transfers.at(-1)).toEqual([(done as { positions: Float32Array }).positions.buffer]);
    const progress = updates.map((m) => (m as { progress: number }).progress);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    expect(progress.every((p) => p > 0 && p < 1)).toBe(true);
  });

  it('does the same iterations and reaches the same positions on a fast or a slow machine', () => {
    const graph = lineGraph(25);
    const fast = harness(0.01);
    const slow = harness(40);
    fast.session.handle(startMessage(graph));
    slow.session.handle(startMessage(graph));
    fast.runAll();
    slow.runAll();
    const a = fast.posted.at(-1)!;
    const b = slow.posted.at(-1)!;
    expect(a.type).toBe('done');
    expect(b).toEqual(a);
    // The slow one sliced its work into more tasks, each of at least one call.
    expect(slow.posted.length).toBeGreaterThan(fast.posted.length);
  });

  it('slices its work so that a stop message gets through, then ends with the positions reached', () => {
    const graph = lineGraph(20);
    const { session, posted, queue, runNext } = harness(SLICE_MS * 100); // one call a slice
    session.handle(startMessage(graph, { rule: { checkEvery: 5, threshold: 0, maxIterations: 1000 } }));
    for (let i = 0; i < 5; i++) runNext();
    session.handle({ type: 'stop', spread: false });
    expect(posted.at(-1)).toMatchObject({ type: 'done', state: 'stopped', iterations: 5 * 5, spreadPasses: 0 });
    // Nothing more after the end, even if a slice was still scheduled.
    const count = posted.length;
    while (queue.length) runNext();
    expect(posted).toHaveLength(count);
    session.handle({ type: 'stop', spread: true });
    expect(posted).toHaveLength(count);
  });

  it('spreads overlaps at the end when given the screen scale, and on stop only when asked', () => {
    const crowded = new Graph<LayoutNodeAttributes>();
    for (let i = 0; i < 6; i++) crowded.addNode(`n${i}`, { x: i * 0.01, y: 0, size: 5 });
    for (let i = 1; i < 6; i++) crowded.addEdge('n0', `n${i}`);
    const settles = { checkEvery: 5, threshold: Infinity, maxIterations: 100 };

    const natural = harness(1);
    natural.session.handle(startMessage(crowded, { unitsPerPixel: 0.01, rule: settles }));
    natural.runAll();
    const done = natural.posted.at(-1)!;
    expect(done).toMatchObject({ type: 'done', state: 'settled' });
    expect((done as { spreadPasses: number }).spreadPasses).toBeGreaterThan(0);

    const stopped = harness(1);
    stopped.session.handle(startMessage(crowded, { unitsPerPixel: 0.01, rule: settles }));
    stopped.session.handle({ type: 'stop', spread: true });
    expect((stopped.posted.at(-1) as { spreadPasses: number }).spreadPasses).toBeGreaterThan(0);

    const skipped = harness(1);
    skipped.session.handle(startMessage(crowded, { unitsPerPixel: 0.01, rule: settles }));
    skipped.session.handle({ type: 'stop', spread: false });
    expect(skipped.posted.at(-1)).toMatchObject({ type: 'done', spreadPasses: 0 });
  });

  it('reports data that cannot be a graph as an error message instead of throwing', () => {
    const { session, posted } = harness(1);
    const broken = startMessage(lineGraph(5), { edges: new Uint32Array([0, 1, 2, 99]) });
    expect(() => session.handle(broken)).not.toThrow();
    expect(posted).toEqual([{ type: 'error', message: expect.stringMatching(/node 99, but there are 5 nodes/) }]);
    expect(session.busy).toBe(false);
  });

  it('reports a failure of the library during a slice as an error message and stops working', () => {
    const { session, posted, queue, runAll } = harness(1);
    // A check window of no iterations makes the library refuse its call.
    session.handle(startMessage(lineGraph(5), { rule: { checkEvery: 0, threshold: 0, maxIterations: 50 } }));
    expect(posted).toEqual([]);
    runAll();
    expect(posted).toEqual([{ type: 'error', message: expect.stringMatching(/graphology-layout-forceatlas2/) }]);
    expect(session.busy).toBe(false);
    expect(queue).toHaveLength(0);
  });

  it('reports progress without positions between two sparse position updates', () => {
    const graph = lineGraph(20);
    const { session, posted, runAll } = harness(250);
    session.handle(
      startMessage(graph, {
        postEveryMs: 10 * PROGRESS_EVERY_MS,
        rule: { checkEvery: 5, threshold: 0, maxIterations: 100 },
      }),
    );
    runAll();
    const progress = posted.filter((m) => m.type === 'progress');
    const updates = posted.filter((m) => m.type === 'positions');
    // 20 calls of 250 ms: 5 s of work, positions every 2.5 s, progress every 250 ms.
    expect(updates.length).toBeLessThanOrEqual(2);
    expect(progress.length).toBeGreaterThanOrEqual(10);
    for (const message of progress) expect(Object.keys(message).sort()).toEqual(['iterations', 'progress', 'type']);
    const fractions = posted.filter((m) => m.type !== 'done').map((m) => (m as { progress: number }).progress);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(posted.at(-1)).toMatchObject({ type: 'done', iterations: 100 });
  });
});
