import { describe, expect, it } from 'vitest';
import {
  MAX_ITERATIONS,
  MIN_ITERATIONS,
  matrixPositions,
  relativeMovement,
  settleRuleFor,
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

  it('reads x and y out of a flat layout matrix', () => {
    const matrix = new Float32Array([1, 2, 9, 9, 3, 4, 9, 9]);
    expect([...matrixPositions(matrix, 4)]).toEqual([1, 2, 3, 4]);
    expect(matrixPositions(new Float32Array(0), 4)).toHaveLength(0);
  });
});
