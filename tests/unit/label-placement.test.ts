/** Labels never overlap, the forced and the largest get their place first, and zooming in shows more. */
import { describe, expect, it } from 'vitest';
import { boxesOverlap, placeLabels, type LabelCandidate } from '../../src/lib/render/label-placement';

const OPTIONS = { width: 800, height: 600, labelSize: 12, sizeThreshold: 5, maxLabels: 100 };

function candidate(node: string, x: number, y: number, size = 8, forced = false): LabelCandidate {
  return { node, x, y, size, textWidth: 60, forced };
}

function noOverlap(boxes: ReturnType<typeof placeLabels>): boolean {
  return boxes.every((a, i) => boxes.every((b, j) => i === j || !boxesOverlap(a, b)));
}

describe('label placement', () => {
  it('never lets two labels overlap, keeping the first come', () => {
    const boxes = placeLabels([candidate('a', 100, 100), candidate('b', 110, 104), candidate('c', 300, 100)], OPTIONS);
    expect(boxes.map((box) => box.node)).toEqual(['a', 'c']);
    expect(noOverlap(boxes)).toBe(true);
  });

  it('gives forced labels their place even when small, then the largest', () => {
    const boxes = placeLabels(
      [candidate('selected', 105, 100, 2, true), candidate('hub', 100, 100, 20), candidate('far', 500, 300, 6)],
      OPTIONS,
    );
    expect(boxes.map((box) => box.node)).toEqual(['selected', 'far']);
  });

  it('stops at the size threshold and at the label budget, and skips what is off screen', () => {
    expect(placeLabels([candidate('small', 100, 100, 3)], OPTIONS)).toEqual([]);
    expect(placeLabels([candidate('off', -500, 100)], OPTIONS)).toEqual([]);
    const many = Array.from({ length: 500 }, (_, i) => candidate(`n${i}`, (i % 10) * 80, Math.floor(i / 10) * 20));
    expect(placeLabels(many, { ...OPTIONS, maxLabels: 30 })).toHaveLength(30);
  });

  it('shows more labels when the same actors are drawn further apart (zoomed in)', () => {
    const crowd = (spread: number) =>
      Array.from({ length: 200 }, (_, i) =>
        candidate(`n${i}`, 50 + (i % 20) * spread, 50 + Math.floor(i / 20) * spread),
      );
    const out = placeLabels(crowd(10), OPTIONS);
    const zoomed = placeLabels(crowd(40), { ...OPTIONS, width: 4000, height: 4000 });
    expect(zoomed.length).toBeGreaterThan(out.length * 3);
    expect(noOverlap(out)).toBe(true);
    expect(noOverlap(zoomed)).toBe(true);
  });
});
