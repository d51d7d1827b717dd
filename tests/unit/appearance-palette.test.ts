/**
 * Category colours: fixed colours kept, generated ones stable (same data, any order, same
 * colours), distinct, away from the fixed ones, and still given when there are very many.
 */
import { describe, expect, it } from 'vitest';
import {
  MAX_GENERATED_COLORS,
  MISSING_COLOR,
  categoryColors,
  generatedPalette,
  hexToLab,
  labDistance,
} from '../../src/lib/appearance';
import { ACTOR_KIND_INFO } from '../../src/lib/vocabulary/actor-kinds';

const HEX = /^#[0-9A-F]{6}$/;
const FIXED = { person: ACTOR_KIND_INFO.person.color, state: ACTOR_KIND_INFO.state.color };

const CATEGORIES = [
  { value: 'person', count: 10 },
  { value: 'ngo', count: 4 },
  { value: 'state', count: 3 },
  { value: 'militia', count: 4 },
  { value: 'church', count: 9 },
];

describe('categoryColors', () => {
  it('keeps fixed colours and generates the others', () => {
    const colors = categoryColors(CATEGORIES, { fixed: FIXED, seed: 'kind' });
    expect(colors.get('person')).toBe('#4477AA');
    expect(colors.get('state')).toBe('#228833');
    for (const value of ['ngo', 'militia', 'church']) expect(colors.get(value)).toMatch(HEX);
    expect(new Set(colors.values()).size).toBe(5);
  });

  it('keeps generated colours away from the fixed ones in use', () => {
    const colors = categoryColors(CATEGORIES, { fixed: FIXED, seed: 'kind' });
    const fixedLabs = Object.values(FIXED).map((color) => hexToLab(color)!);
    for (const value of ['ngo', 'militia', 'church']) {
      const lab = hexToLab(colors.get(value)!)!;
      for (const fixed of fixedLabs) expect(labDistance(lab, fixed)).toBeGreaterThan(14);
    }
  });

  it('hands colours out by count descending, then value', () => {
    const colors = categoryColors(CATEGORIES, { fixed: FIXED, seed: 'kind' });
    expect([...colors.keys()]).toEqual(['person', 'church', 'militia', 'ngo', 'state']);
  });

  it('gives the same colours for the same data, in any order', () => {
    const first = categoryColors(CATEGORIES, { fixed: FIXED, seed: 'attr:group' });
    const again = categoryColors(CATEGORIES, { fixed: FIXED, seed: 'attr:group' });
    const reversed = categoryColors([...CATEGORIES].reverse(), { fixed: FIXED, seed: 'attr:group' });
    expect(again).toEqual(first);
    expect(reversed).toEqual(first);
    expect([...reversed.entries()]).toEqual([...first.entries()]);
  });

  it('derives the palette from the seed', () => {
    const a = categoryColors(CATEGORIES, { seed: 'attr:a' });
    const b = categoryColors(CATEGORIES, { seed: 'attr:b' });
    expect([...a.values()]).not.toEqual([...b.values()]);
  });

  it('draws the missing category grey', () => {
    const colors = categoryColors(
      [
        { value: '', count: 50 },
        { value: 'x', count: 1 },
      ],
      { seed: 'attr:x' },
    );
    expect(colors.get('')).toBe(MISSING_COLOR);
    expect(colors.get('x')).not.toBe(MISSING_COLOR);
  });

  it('handles no category and one category', () => {
    expect(categoryColors([], { seed: 's' }).size).toBe(0);
    const one = categoryColors([{ value: 'only', count: 3 }], { seed: 's' });
    expect(one.size).toBe(1);
    expect(one.get('only')).toMatch(HEX);
  });

  it('colours many categories, reusing the palette past MAX_GENERATED_COLORS', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ value: `c${String(i).padStart(2, '0')}`, count: 100 - i }));
    const colors = categoryColors(many, { seed: 'attr:many' });
    const values = [...colors.values()];
    expect(values).toHaveLength(60);
    expect(new Set(values.slice(0, MAX_GENERATED_COLORS)).size).toBe(MAX_GENERATED_COLORS);
    expect(colors.get(`c${MAX_GENERATED_COLORS}`)).toBe(colors.get('c00'));
    expect(colors.get('c59')).toBe(colors.get('c11'));
  });

  it('counts a value listed twice once', () => {
    const colors = categoryColors(
      [
        { value: 'a', count: 2 },
        { value: 'a', count: 1 },
        { value: 'b', count: 1 },
      ],
      { seed: 's' },
    );
    expect([...colors.keys()]).toEqual(['a', 'b']);
  });
});

describe('generatedPalette', () => {
  it('is deterministic and upper-case hex', () => {
    const palette = generatedPalette(6, 'seed');
    expect(palette).toHaveLength(6);
    for (const color of palette) expect(color).toMatch(HEX);
    expect(generatedPalette(6, 'seed')).toEqual(palette);
    expect(generatedPalette(0, 'seed')).toEqual([]);
  });
});

describe('hexToLab', () => {
  it('converts white, black and short hex', () => {
    expect(hexToLab('#FFFFFF')![0]).toBeCloseTo(100, 1);
    expect(hexToLab('#000000')).toEqual([0, 0, 0]);
    expect(hexToLab('#f00')).toEqual(hexToLab('#FF0000'));
    expect(hexToLab('rgb(1,2,3)')).toBeUndefined();
  });
});
