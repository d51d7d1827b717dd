/**
 * What the legend shows: the categories of the colour choices in display order with their
 * colours, the range of the size choice, and how many of the visible actors and relations fall
 * in each category right now ("Person 12"). Built by resolveAppearance; counted again cheaply
 * whenever filters change what is visible, without resolving colours again.
 */
import { compareCategoryCounts, type CategoryCount } from './palette';

/** One swatch of a colour legend. */
export interface LegendEntry {
  /** The category (a kind, a type, an attribute value, a file colour); `''` for missing. */
  category: string;
  color: string;
  /** Records in this category in the whole network. */
  count: number;
}

export interface ColorLegend {
  /** The option id actually drawn (the default's, when the chosen one could not be drawn). */
  choice: string;
  entries: LegendEntry[];
}

export interface SizeLegend {
  choice: string;
  /** Smallest and largest value sized by (degree, attribute or measure); 0 and 0 when none. */
  min: number;
  max: number;
  /** Dot sizes drawn for `min` and `max`. */
  minSize: number;
  maxSize: number;
}

export interface LegendSpec {
  nodeColor: ColorLegend;
  nodeSize: SizeLegend;
  edgeColor: ColorLegend;
}

/**
 * Legend entries in display order: by `compare` when given (the vocabulary's order for kinds and
 * types), else by count descending then value; the missing category `''` always last.
 */
export function legendEntries(
  counts: readonly CategoryCount[],
  colors: ReadonlyMap<string, string>,
  compare?: (a: string, b: string) => number,
): LegendEntry[] {
  const categories = [...counts].sort((a, b) => {
    if ((a.value === '') !== (b.value === '')) return a.value === '' ? 1 : -1;
    return compare ? compare(a.value, b.value) : compareCategoryCounts(a, b);
  });
  return categories.map(({ value, count }) => ({ category: value, color: colors.get(value) ?? '', count }));
}

/** Visible actors and relations per colour category. */
export interface LegendCounts {
  nodeColor: Map<string, number>;
  edgeColor: Map<string, number>;
}

function countKeys(keys: ReadonlyMap<string, string>, visible: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of visible) {
    const key = keys.get(id);
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * How many of the visible actors and relations fall in each colour category; categories with
 * nothing visible are absent (read them as 0). Ids not in the network are not counted.
 */
export function legendCounts(
  resolved: { nodeColorKey: ReadonlyMap<string, string>; edgeColorKey: ReadonlyMap<string, string> },
  visibleNodes: ReadonlySet<string>,
  visibleEdges: ReadonlySet<string>,
): LegendCounts {
  return {
    nodeColor: countKeys(resolved.nodeColorKey, visibleNodes),
    edgeColor: countKeys(resolved.edgeColorKey, visibleEdges),
  };
}
