/**
 * Decides when a force layout has settled, from snapshots of node positions taken every
 * few iterations, and how many iterations a graph of a given size may take at most. Pure,
 * so that the rule is tested without a worker.
 */

export type Positions = Float64Array;

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
 * The same snapshot read from a flat layout matrix (x at offset 0 and y at offset 1 of
 * every `stride` numbers), as the layout worker holds its nodes.
 */
export function matrixPositions(matrix: Float32Array, stride: number): Positions {
  const count = Math.floor(matrix.length / stride);
  const out = new Float64Array(count * 2);
  for (let i = 0, j = 0; i < count; i++, j += stride) {
    out[2 * i] = matrix[j];
    out[2 * i + 1] = matrix[j + 1];
  }
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
