/**
 * Colouring records by the category each falls in: one pass sorts every record into its
 * category and counts them, the palette gives each category a colour, a second pass hands the
 * colours out. Plain loops and one small map of categories, so a 100k-record network costs
 * little more than filling the two id-keyed maps it returns.
 */
import { legendEntries, type ColorLegend } from './legend';
import { MISSING_COLOR, categoryColors, type CategoryCount } from './palette';

/** How records of one colour choice are put in categories and the categories coloured. */
export interface CategoryScheme<T> {
  /** The record's category; `''` when it has none (drawn MISSING_COLOR). */
  categoryOf: (item: T) => string;
  /** The option id: the legend's choice and the palette's seed. */
  choice: string;
  /** Colours that never change, by category (the vocabulary's). */
  fixed?: Readonly<Record<string, string>>;
  /** Display order of the legend; by count then value when absent. */
  compare?: (a: string, b: string) => number;
  /** The category is the colour itself (the file's colours). */
  selfColored?: boolean;
}

/** Colour and category of every record, by id, and the legend of the choice. */
export interface ColoredCategories {
  colors: ReadonlyMap<string, string>;
  keys: ReadonlyMap<string, string>;
  legend: ColorLegend;
}

/** Every record's colour and category under `scheme`. */
export function colorByCategory<T extends { id: string }>(
  items: readonly T[],
  scheme: CategoryScheme<T>,
): ColoredCategories {
  const { categoryOf } = scheme;
  const keys = new Map<string, string>();
  const indexOf = new Map<string, number>();
  const categories: CategoryCount[] = [];
  const categoryOfItem = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const key = categoryOf(item);
    let index = indexOf.get(key);
    if (index === undefined) {
      index = categories.length;
      indexOf.set(key, index);
      categories.push({ value: key, count: 0 });
    }
    categories[index].count++;
    categoryOfItem[i] = index;
    keys.set(item.id, key);
  }
  const palette = scheme.selfColored
    ? new Map(categories.map(({ value }) => [value, value === '' ? MISSING_COLOR : value]))
    : categoryColors(categories, { fixed: scheme.fixed, seed: scheme.choice });
  const colorOfCategory = categories.map(({ value }) => palette.get(value) ?? MISSING_COLOR);
  const colors = new Map<string, string>();
  for (let i = 0; i < items.length; i++) colors.set(items[i].id, colorOfCategory[categoryOfItem[i]]);
  return {
    colors,
    keys,
    legend: { choice: scheme.choice, entries: legendEntries(categories, palette, scheme.compare) },
  };
}
