import { describe, expect, it } from 'vitest';
import { binRelations } from '../../src/lib/time/bins';
import { createTimeScale } from '../../src/lib/time/time-scale';
import { relationSpan, type DatedFields } from '../../src/lib/time/relation-span';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

const DATED: Array<DatedFields & { id: string; type: string }> = [
  { id: 'a', type: 'met', date: '1990' },
  { id: 'b', type: 'criticized', date: '2025-10' },
  { id: 'c', type: 'criticized', date: '2025-10-16' },
  { id: 'd', type: 'sanctioned', date: '2025-10-24' },
  { id: 'e', type: 'allied', start: '2022-08' },
  { id: 'f', type: 'member-of', end: '1995' },
  { id: 'g', type: 'met' },
];

function setup(binCount: number) {
  const scale = createTimeScale(DATED);
  const relations = DATED.map((r) => ({ id: r.id, type: r.type, span: relationSpan(r, scale.extent.end) }));
  return { scale, bins: binRelations(relations, scale, binCount) };
}

describe('binRelations', () => {
  it('makes bins of equal width on the axis that tile the extent', () => {
    const { scale, bins } = setup(40);
    expect(bins).toHaveLength(40);
    expect(bins[0].u0).toBe(0);
    expect(bins[39].u1).toBe(1);
    expect(bins[0].start).toBe(scale.extent.start);
    expect(bins[39].end).toBe(scale.extent.end);
    for (let i = 0; i < bins.length; i++) {
      expect(bins[i].u1 - bins[i].u0).toBeCloseTo(1 / 40, 12);
      expect(bins[i].end).toBeGreaterThan(bins[i].start);
      if (i > 0) expect(bins[i].start).toBe(bins[i - 1].end);
      expect(scale.toUnit(bins[i].start)).toBeCloseTo(bins[i].u0, 9);
    }
  });

  it('counts each relation, by type, in every bin its span overlaps', () => {
    const { bins } = setup(40);
    const octoberBins = bins.filter((bin) => bin.start < utc(2025, 11) && bin.end > utc(2025, 10));
    expect(octoberBins.length).toBeGreaterThan(0);
    for (const bin of octoberBins) {
      // The month-dated act counts in every October bin; the dated days only where they fall.
      expect(bin.countsByType.get('criticized')).toBeGreaterThanOrEqual(1);
      expect(bin.countsByType.get('allied')).toBe(1);
    }
    const day16 = bins.find((bin) => bin.start <= utc(2025, 10, 16) && bin.end > utc(2025, 10, 16))!;
    expect(day16.countsByType.get('criticized')).toBe(2);
    const total = (bin: (typeof bins)[number]) => [...bin.countsByType.values()].reduce((a, b) => a + b, 0);
    for (const bin of bins) expect(bin.total).toBe(total(bin));
  });

  it('counts standing ties for as long as they last, open ones up to the end', () => {
    const { bins } = setup(40);
    const allied = bins.filter((bin) => bin.countsByType.has('allied'));
    expect(allied[0].start).toBeLessThanOrEqual(utc(2022, 8));
    expect(allied[0].end).toBeGreaterThan(utc(2022, 8));
    expect(allied.at(-1)).toBe(bins.at(-1));
    expect(bins.filter((bin) => bin.end <= utc(2022, 8)).every((bin) => !bin.countsByType.has('allied'))).toBe(true);
    // The tie that only has an end counts from the very first bin until 1995.
    expect(bins[0].countsByType.get('member-of')).toBe(1);
    expect(bins.filter((bin) => bin.start >= utc(1996)).every((bin) => !bin.countsByType.has('member-of'))).toBe(true);
  });

  it('leaves out undated relations and does not count at bin edges it does not reach', () => {
    const { scale } = setup(1);
    const bins = binRelations(
      [
        { id: 'undated', type: 'met', span: null },
        { id: 'before', type: 'met', span: { start: utc(1900), end: scale.extent.start } },
        { id: 'after', type: 'met', span: { start: scale.extent.end, end: Infinity } },
      ],
      scale,
      5,
    );
    expect(bins.every((bin) => bin.total === 0)).toBe(true);
  });

  it('counts a span touching one instant of a bin in that bin only', () => {
    const { scale } = setup(10);
    const bins = binRelations([], scale, 10);
    const edge = bins[4].end;
    const counted = binRelations([{ id: 'x', type: 'met', span: { start: edge - 1, end: edge } }], scale, 10);
    expect(counted.map((bin) => bin.total)).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
  });

  it('survives a bin count that is not a positive integer', () => {
    const { scale } = setup(1);
    expect(binRelations([], scale, 0)).toHaveLength(1);
    expect(binRelations([], scale, 3.7)).toHaveLength(3);
    expect(binRelations([], scale, Number.NaN)).toHaveLength(1);
  });
});
