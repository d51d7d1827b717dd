/**
 * The timeline's histogram: relations counted per bin and per relation type. Bins have
 * equal width on the axis (in the scale's unit space, not in time), so each bar sits
 * exactly over the stretch of axis it counts.
 */
import type { TimeScale } from './time-scale';
import type { TimeSpan } from './relation-span';

/** A relation as the histogram needs it; undated relations (span null) are not counted. */
export interface BinnableRelation {
  id: string;
  type: string;
  span: TimeSpan | null;
}

/** One bar of the histogram. */
export interface TimelineBin {
  /** Axis positions of the bar's edges, in [0, 1]. */
  u0: number;
  u1: number;
  /** The time the bar covers, half-open, UTC ms. */
  start: number;
  end: number;
  /** Relations whose span overlaps the bin, by relation type. */
  countsByType: Map<string, number>;
  total: number;
}

/**
 * Counts each relation in every bin its span overlaps, so a standing tie counts in each
 * bin for as long as it lasts and an act in every bin its partial date touches.
 */
export function binRelations(relations: Iterable<BinnableRelation>, scale: TimeScale, binCount: number): TimelineBin[] {
  const count = Math.max(1, Math.floor(Number.isFinite(binCount) ? binCount : 1));
  const bins: TimelineBin[] = [];
  for (let i = 0; i < count; i++) {
    const u0 = i / count;
    const u1 = (i + 1) / count;
    bins.push({
      u0,
      u1,
      start: i === 0 ? scale.extent.start : bins[i - 1].end,
      end: i === count - 1 ? scale.extent.end : scale.fromUnit(u1),
      countsByType: new Map(),
      total: 0,
    });
  }
  for (const { type, span } of relations) {
    if (!span) continue;
    // Half-open overlap: the first bin ending after the span starts, up to the last bin
    // starting before it ends.
    for (let i = firstBinEndingAfter(bins, span.start); i < count && bins[i].start < span.end; i++) {
      const bin = bins[i];
      bin.countsByType.set(type, (bin.countsByType.get(type) ?? 0) + 1);
      bin.total += 1;
    }
  }
  return bins;
}

function firstBinEndingAfter(bins: readonly TimelineBin[], time: number): number {
  let low = 0;
  let high = bins.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (bins[mid].end <= time) low = mid + 1;
    else high = mid;
  }
  return low;
}
