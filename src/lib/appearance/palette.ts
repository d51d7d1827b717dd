/**
 * Colours for categories: the vocabulary's fixed colours where it has one, iwanthue's
 * palettes of distinct colours for the rest. Colours are handed out in a stable order (most
 * frequent category first, then by value) from a palette seeded by the caller (the attribute's
 * name), so the same data always looks the same, whatever order its records come in.
 */
import type iwanthue from 'iwanthue';
import { hexToLab, labDistance, type Lab } from './lab';

/** Colour of the missing category `''` (actors or relations without the value): neutral grey. */
export const MISSING_COLOR = '#BDBDBD';

/**
 * Most colours generated for one palette. iwanthue separates this many well and fast enough
 * (~50 ms); past it, the least frequent categories reuse the palette from its start (category
 * number 49 gets the first colour again), which keeps every category coloured and the frequent
 * ones distinct.
 */
export const MAX_GENERATED_COLORS = 48;

/**
 * Generated colours stay at least this far (CIE76) from the fixed colours in use, so a
 * generated kind never passes for a fixed one.
 */
const MIN_DISTANCE_FROM_FIXED = 15;

/**
 * iwanthue's "default" space (chroma 30..80, lightness 35..80): saturated enough to read as
 * dots on the canvas, never grey, so no generated colour can be taken for MISSING_COLOR.
 */
const CHROMA_MIN = 30;
const CHROMA_MAX = 80;
const LIGHTNESS_MIN = 35;
const LIGHTNESS_MAX = 80;

/**
 * After this many candidates rejected for being near a fixed colour, the filter stops asking
 * (iwanthue samples until a colour passes, and would never stop if none could).
 */
const MAX_REJECTIONS = 20_000;

/** One category and how many records fall in it. */
export interface CategoryCount {
  value: string;
  count: number;
}

export interface CategoryColorOptions {
  /** Colours that never change (the vocabulary's), by category value. */
  fixed?: Readonly<Record<string, string>>;
  /** Seed of the generated palette: derive it from what is coloured (e.g. `attr:<name>`). */
  seed: string;
}

/** Most frequent first, then by value (code-unit order, the same in every locale). */
export function compareCategoryCounts(a: CategoryCount, b: CategoryCount): number {
  return b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
}

/**
 * A colour for every category: its fixed colour if `fixed` has one, MISSING_COLOR for the
 * missing category `''`, else a generated colour. The map iterates in the order colours are
 * handed out (by count descending, then value); a value listed twice counts once.
 */
export function categoryColors(
  categories: readonly CategoryCount[],
  options: CategoryColorOptions,
): Map<string, string> {
  const fixed = options.fixed ?? {};
  const ordered = [...categories].sort(compareCategoryCounts);
  const colors = new Map<string, string>();
  const generate: string[] = [];
  const fixedInUse: string[] = [];
  for (const { value } of ordered) {
    if (colors.has(value)) continue;
    if (Object.hasOwn(fixed, value)) {
      colors.set(value, fixed[value]);
      fixedInUse.push(fixed[value]);
    } else if (value === '') {
      colors.set(value, MISSING_COLOR);
    } else {
      generate.push(value);
      colors.set(value, '');
    }
  }
  if (generate.length === 0) return colors;
  const palette = generatedPalette(Math.min(generate.length, MAX_GENERATED_COLORS), options.seed, fixedInUse);
  generate.forEach((value, rank) => colors.set(value, palette[rank % palette.length]));
  return colors;
}

const CACHE_SIZE = 64;
const paletteCache = new Map<string, string[]>();

/**
 * `count` distinct colours from iwanthue for `seed`, away from `avoid`. Deterministic, and
 * remembered (the last CACHE_SIZE palettes) so resolving the same appearance again is cheap.
 */
/**
 * The palette generator. iwanthue is not in the page's first view: the bundled dataset's
 * kinds and types all have fixed colours, so it is installed (palette-generator.ts) with
 * the importer, before any opened network is shown, and by the tests.
 */
let generator: typeof iwanthue | null = null;

/** Installs iwanthue as the generator of palettes. */
export function usePaletteGenerator(generate: typeof iwanthue): void {
  generator = generate;
  paletteCache.clear();
}

/**
 * Colours spread evenly round the hue circle, for the one case where a palette is needed
 * before iwanthue is installed (a dataset served with kinds the vocabulary lacks).
 */
function evenHues(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const hue = (i * 137.508) % 360;
    const k = (n: number) => (n + hue / 30) % 12;
    const [saturation, lightness] = [0.55, 0.5];
    const a = saturation * Math.min(lightness, 1 - lightness);
    const f = (n: number) => lightness - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
    const hex = (x: number) =>
      Math.round(x * 255)
        .toString(16)
        .padStart(2, '0')
        .toUpperCase();
    return `#${hex(f(0))}${hex(f(8))}${hex(f(4))}`;
  });
}

export function generatedPalette(count: number, seed: string, avoid: readonly string[] = []): readonly string[] {
  if (count <= 0) return [];
  if (!generator) return evenHues(count);
  const avoidSorted = [...new Set(avoid.map((color) => color.toUpperCase()))].sort();
  const key = `${count}\n${seed}\n${avoidSorted.join(',')}`;
  const cached = paletteCache.get(key);
  if (cached) {
    paletteCache.delete(key);
    paletteCache.set(key, cached);
    return cached;
  }
  const avoidLab = avoidSorted.map(hexToLab).filter((lab): lab is Lab => lab !== undefined);
  const palette = generator(count, {
    seed,
    clustering: 'force-vector',
    colorFilter: colorFilter(avoidLab),
    quality: 50,
  }).map((color) => color.toUpperCase());
  paletteCache.set(key, palette);
  if (paletteCache.size > CACHE_SIZE) paletteCache.delete(paletteCache.keys().next().value as string);
  return palette;
}

function colorFilter(avoid: readonly Lab[]): (rgb: [number, number, number], lab: Lab) => boolean {
  let rejected = 0;
  return (_rgb, lab) => {
    const chroma = Math.hypot(lab[1], lab[2]);
    if (chroma < CHROMA_MIN || chroma > CHROMA_MAX || lab[0] < LIGHTNESS_MIN || lab[0] > LIGHTNESS_MAX) return false;
    if (rejected >= MAX_REJECTIONS) return true;
    for (const fixed of avoid) {
      if (labDistance(lab, fixed) < MIN_DISTANCE_FROM_FIXED) {
        rejected++;
        return false;
      }
    }
    return true;
  };
}
