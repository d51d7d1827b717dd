/** The settle rule, the iteration caps by size, and how a check window is cut into library calls. */
import { describe, expect, it } from 'vitest';
import {
  CALL_NODE_ITERATIONS,
  MAX_ITERATIONS,
  MIN_ITERATIONS,
  MIN_ITERATIONS_PER_CALL,
  callLengthsFor,
  relativeMovement,
  settleRuleFor,
  snapshotPositions,
} from '../../src/lib/layout/convergence';

describe('layout convergence', () => {
  it('measures movement relative to the layout’s extent', () => {
    const before = new Float64Array([0, 0, 100, 0]);
    const after = new Float64Array([1, 0, 101, 0]);
    expect(relativeMovement(before, after)).toBeCloseTo(0.01);
    const scaled = relativeMovement(
      before.map((v) => v * 10),
      after.map((v) => v * 10),
    );
    expect(scaled).toBeCloseTo(0.01);
  });

  it('reads no movement for a still layout', () => {
    const still = new Float64Array([3, 4, 5, 6]);
    expect(relativeMovement(still, still)).toBe(0);
  });

  it('gives small graphs more iterations as they grow, as before', () => {
    expect(settleRuleFor(50).maxIterations).toBe(824);
    expect(settleRuleFor(95).maxIterations).toBe(985);
    expect(settleRuleFor(400).maxIterations).toBe(1600);
    expect(settleRuleFor(95).maxIterations).toBeGreaterThan(settleRuleFor(50).maxIterations);
    expect(settleRuleFor(400).maxIterations).toBeGreaterThan(settleRuleFor(95).maxIterations);
  });

  it('caps big graphs to a fixed amount of work, so 10k and 50k nodes settle within their time budgets', () => {
    expect(settleRuleFor(1_000).maxIterations).toBe(1200);
    expect(settleRuleFor(2_000).maxIterations).toBe(600);
    expect(settleRuleFor(5_000).maxIterations).toBe(240);
    // About 20 ms an iteration at 10k nodes and 190 ms at 50k in the reference browser:
    // 2.4 s and 19 s, under the 5 s and 40 s budgets.
    expect(settleRuleFor(10_000).maxIterations).toBe(120);
    expect(settleRuleFor(50_000).maxIterations).toBe(MIN_ITERATIONS);
    expect(settleRuleFor(1_000_000).maxIterations).toBe(MIN_ITERATIONS);
  });

  it('never gives a graph fewer than the minimum or more than the maximum of iterations', () => {
    for (const order of [0, 1, 2, 10, 95, 401, 999, 1_001, 3_333, 10_000, 49_999, 50_000, 10_000_000]) {
      const { maxIterations, checkEvery } = settleRuleFor(order);
      expect(Number.isInteger(maxIterations)).toBe(true);
      expect(maxIterations).toBeGreaterThanOrEqual(MIN_ITERATIONS);
      expect(maxIterations).toBeLessThanOrEqual(MAX_ITERATIONS);
      expect(maxIterations).toBeGreaterThan(checkEvery);
    }
  });

  it('snapshots x and y pairs in the order the nodes are visited', () => {
    const nodes = [
      { x: 1, y: 2 },
      { x: 3, y: 4 },
    ];
    const visit = (callback: (x: number, y: number) => void) => nodes.forEach(({ x, y }) => callback(x, y));
    expect([...snapshotPositions(visit, 2)]).toEqual([1, 2, 3, 4]);
    expect(snapshotPositions(() => {}, 0)).toHaveLength(0);
  });
});

describe('library calls per check window', () => {
  const sum = (lengths: number[]) => lengths.reduce((a, b) => a + b, 0);

  it('is one call of the whole window while it fits the per-call budget', () => {
    const { checkEvery } = settleRuleFor(95);
    expect(callLengthsFor(95, checkEvery)).toEqual([checkEvery]);
    expect(callLengthsFor(0, checkEvery)).toEqual([checkEvery]);
    expect(callLengthsFor(CALL_NODE_ITERATIONS / 25, 25)).toEqual([25]);
  });

  it('cuts the window of a big graph into near-equal calls within the budget, never shorter than the minimum', () => {
    expect(callLengthsFor(CALL_NODE_ITERATIONS / 25 + 1, 25)).toEqual([13, 12]);
    expect(callLengthsFor(10_000, 25)).toEqual([9, 8, 8]);
    expect(callLengthsFor(50_000, 25)).toEqual([5, 5, 5, 5, 5]);
    expect(callLengthsFor(1_000_000, 25)).toEqual([5, 5, 5, 5, 5]);
    // A window shorter than two minimal calls stays whole.
    expect(callLengthsFor(1_000_000, MIN_ITERATIONS_PER_CALL * 2 - 1)).toEqual([MIN_ITERATIONS_PER_CALL * 2 - 1]);
  });

  it('always adds up to the window, so every snapshot falls between two calls', () => {
    for (const order of [2, 95, 1_000, 4_000, 4_001, 7_777, 10_000, 33_333, 50_000]) {
      for (const checkEvery of [1, 5, 10, 25, 26]) {
        const lengths = callLengthsFor(order, checkEvery);
        expect(sum(lengths)).toBe(checkEvery);
        expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(1);
        if (lengths.length > 1) expect(Math.min(...lengths)).toBeGreaterThanOrEqual(MIN_ITERATIONS_PER_CALL);
        // Within the budget (give or take one iteration of rounding), unless cut as fine as allowed.
        const withinBudget = (Math.max(...lengths) - 1) * order <= CALL_NODE_ITERATIONS;
        const finest = lengths.length === Math.max(1, Math.floor(checkEvery / MIN_ITERATIONS_PER_CALL));
        expect(withinBudget || finest).toBe(true);
      }
    }
  });
});
