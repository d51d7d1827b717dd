/**
 * Decides when a force layout has settled, from snapshots of node positions taken every
 * few iterations, how many iterations a graph of a given size may take at most, and how
 * the iterations between two snapshots are cut into calls of the layout library. Pure, so
 * that the rules are tested without a worker.
 */

export type Positions = Float64Array;

/** Node positions as x, y pairs, in the order `forEachNode` visits the nodes. */
export function snapshotPositions(
  forEachNode: (callback: (x: number, y: number) => void) => void,
  count: number,
): Positions {
  const out = new Float64Array(count * 2);
  let i = 0;
  forEachNode((x, y) => {
    out[i++] = x;
    out[i++] = y;
  });
  return out;
}

/**
 * Mean node displacement between two snapshots, relative to the layout's extent, so the
 * threshold does not depend on the graph's scale.
 */
export function relativeMovement(before: Positions, after: Positions): number {
  const n = Math.min(before.length, after.length) / 2;
  if (n === 0) return 0;
  let moved = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = after[2 * i];
    const y = after[2 * i + 1];
    moved += Math.hypot(x - before[2 * i], y - before[2 * i + 1]);
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
  return moved / n / extent;
}

export interface SettleRule {
  /** Iterations between two snapshots. */
  checkEvery: number;
  /** Below this relative movement per check, the layout counts as settled. */
  threshold: number;
  /** Hard cap, so a layout that oscillates still stops. */
  maxIterations: number;
}

/** No graph gets more iterations than this. */
export const MAX_ITERATIONS = 3000;

/**
 * Node-iterations that fit the time budget of a big graph. One Barnes–Hut iteration costs
 * about 2.5–4 µs per node in V8 on the 2-core reference machine (measured in Node with the
 * benchmark's seeded networks, barnesHutTheta 1.2: 1k nodes / 3k edges 1.5–2 ms,
 * 10k / 30k 25–40 ms, 50k / 150k 150–220 ms per iteration), so 1.2 million node-iterations
 * take 3–5 s whatever the size.
 */
export const NODE_ITERATION_BUDGET = 1_200_000;

/**
 * The fewest iterations any graph gets, even when they overrun the time budget: below
 * this FA2 has not untangled the seeded disc into clusters. At 50k nodes it is about
 * 19 s of work in the reference browser (about 190 ms an iteration), 30 s when the
 * machine is shared (budget: 40 s; 120 iterations took 39.6 s with a load average of 9).
 */
export const MIN_ITERATIONS = 100;

/**
 * Small graphs need more iterations to untangle as they grow (400 + 60·√order, as the
 * layout always had); from about 1,000 nodes on, each iteration costs so much that the
 * cap shrinks to a fixed amount of work (NODE_ITERATION_BUDGET / order), never below
 * MIN_ITERATIONS. Counted in iterations, so the same data gives the same picture on any
 * machine. Most small graphs settle long before their cap.
 */
export function settleRuleFor(order: number): SettleRule {
  const growing = 400 + 60 * Math.sqrt(Math.max(0, order));
  const affordable = Math.max(MIN_ITERATIONS, NODE_ITERATION_BUDGET / Math.max(1, order));
  return {
    checkEvery: 25,
    threshold: 0.002,
    maxIterations: Math.round(Math.min(MAX_ITERATIONS, growing, affordable)),
  };
}

/**
 * Node-iterations per call of the ForceAtlas2 library, at most (unless that would make
 * calls shorter than MIN_ITERATIONS_PER_CALL): about 0.25–0.4 s of work at 2.5–4 µs per
 * node-iteration. The worker reads its messages (stop) only between calls.
 */
export const CALL_NODE_ITERATIONS = 100_000;

/**
 * The fewest iterations in one call of the library. Its public function starts every call
 * afresh: each node's speed and the previous step's forces, which damp its swinging, are
 * reset, so cutting a run into calls changes the picture. Measured on the benchmark's
 * seeded networks (mean edge length relative to the mean distance between nodes, lower is
 * better), calls of 25 iterations lay out as well as one uninterrupted run (1k nodes 0.237
 * against 0.238, 10k 0.256 against 0.256, 50k 0.370 against 0.367), calls of 5 nearly so
 * (0.237, 0.260, 0.389), and calls of 1 ruin big layouts (0.634 at 10k nodes).
 */
export const MIN_ITERATIONS_PER_CALL = 5;

/**
 * Lengths of the library calls between two snapshots of the settle rule (they add up to
 * `checkEvery`, so that every snapshot falls between two calls): one call while it costs at
 * most CALL_NODE_ITERATIONS (up to 4,000 nodes with checkEvery 25), else as few
 * near-equal calls as keep each within it, none shorter than MIN_ITERATIONS_PER_CALL.
 * Depends on the graph's size only, never on the clock, so the same data gives the same
 * picture on any machine.
 */
export function callLengthsFor(order: number, checkEvery: number): number[] {
  const wanted = Math.ceil((checkEvery * Math.max(1, order)) / CALL_NODE_ITERATIONS);
  const calls = Math.max(1, Math.min(wanted, Math.floor(checkEvery / MIN_ITERATIONS_PER_CALL)));
  const shortest = Math.floor(checkEvery / calls);
  const longer = checkEvery - shortest * calls;
  return Array.from({ length: calls }, (_, i) => (i < longer ? shortest + 1 : shortest));
}
