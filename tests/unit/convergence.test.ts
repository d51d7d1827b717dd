import { describe, expect, it } from 'vitest';
import { relativeMovement, settleRuleFor } from '../../src/lib/layout/convergence';

describe('layout convergence', () => {
  it('measures movement relative to the layout’s extent', () => {
    const before = new Float64Array([0, 0, 100, 0]);
    const after = new Float64Array([1, 0, 101, 0]);
    expect(relativeMovement(before, after)).toBeCloseTo(0.01);
    const scaled = relativeMovement(before.map((v) => v * 10), after.map((v) => v * 10));
    expect(scaled).toBeCloseTo(0.01);
  });

  it('reads no movement for a still layout', () => {
    const still = new Float64Array([3, 4, 5, 6]);
    expect(relativeMovement(still, still)).toBe(0);
  });

  it('gives bigger graphs a bigger but capped budget of iterations', () => {
    expect(settleRuleFor(10_000).maxIterations).toBeGreaterThan(settleRuleFor(50).maxIterations);
    expect(settleRuleFor(1_000_000).maxIterations).toBeLessThanOrEqual(3000);
  });
});
