/**
 * Decides when a force layout has settled, from snapshots of node positions taken every
 * few iterations. Pure, so that the rule is tested without a worker.
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

/** Bigger graphs need more iterations to untangle; the cap grows slowly with size. */
export function settleRuleFor(order: number): SettleRule {
  return {
    checkEvery: 25,
    threshold: 0.002,
    maxIterations: Math.round(Math.min(3000, 400 + 60 * Math.sqrt(order))),
  };
}
