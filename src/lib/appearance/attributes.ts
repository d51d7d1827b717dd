/**
 * Which free-form attributes of a network can colour or size things. Imported networks bring
 * arbitrary `attributes` (Gephi's integer `modularity_class`, GraphML strings, CSV columns);
 * the appearance menus offer only those that make a readable picture: categorical ones (few
 * distinct values, some shared) for colour, numeric ones for size. Free text and identifiers
 * are neither. The same reading of a value (what counts as missing, what is a number, which
 * category a value falls in) is used when the appearance is resolved, so menu and picture agree.
 */
import type { AttributeValue } from '../data/network';
import { toFiniteNumber } from '../data/numbers';

/**
 * Most distinct values an attribute may have and still colour by category: beyond this a
 * legend stops being readable and colours stop being told apart.
 */
export const MAX_CATEGORIES = 24;

/** What an attribute can do in the appearance, as found on the records that carry it. */
export interface AttributeDescription {
  /** The key in the `attributes` records. */
  name: string;
  /** Can colour by category (see describeAttributes for the rule). */
  categorical: boolean;
  /** Can size by value: every present value is a finite number and there are at least two. */
  numeric: boolean;
  /** Number of distinct present values (as categories: `1` and `"1"` are one value). */
  distinct: number;
  /** Number of records with a present value. */
  present: number;
}

/**
 * The category a value falls in: its text (`true`, `3`, `"Liberal"`), or `''` when the value
 * is missing (absent, null, or blank text).
 */
export function attributeCategory(value: AttributeValue | null | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value.trim() === '' ? '' : value;
  return String(value);
}

/** The value as a number for sizing: finite numbers and numeric text; undefined otherwise. */
export function attributeNumber(value: AttributeValue | null | undefined): number | undefined {
  return typeof value === 'boolean' ? undefined : toFiniteNumber(value);
}

interface Tally {
  name: string;
  present: number;
  values: Set<string>;
  /** Every present value is a finite number or numeric text. */
  allNumbers: boolean;
  /** Every present value is a whole number (only meaningful while allNumbers holds). */
  allIntegers: boolean;
}

/**
 * Descriptions of every attribute found on `records`, in first-seen order (the order of the
 * records, then of the keys within a record), the order the file itself uses.
 *
 * An attribute with at least 2 and at most MAX_CATEGORIES distinct values is categorical when
 * - its values are all numbers (or numeric text): they are whole numbers and there are at most
 *   half as many distinct values as records carrying one (community ids, not counts or years);
 * - otherwise (text, booleans, mixed): some value is shared by two records (not an identifier).
 */
export function describeAttributes(
  records: readonly { attributes?: Record<string, AttributeValue> }[],
): AttributeDescription[] {
  const tallies = new Map<string, Tally>();
  for (const record of records) {
    const attributes = record.attributes;
    if (!attributes) continue;
    for (const name in attributes) {
      if (!Object.hasOwn(attributes, name)) continue;
      let tally = tallies.get(name);
      if (!tally) {
        tally = { name, present: 0, values: new Set(), allNumbers: true, allIntegers: true };
        tallies.set(name, tally);
      }
      const value = attributes[name];
      const category = attributeCategory(value);
      if (category === '') continue;
      tally.present++;
      tally.values.add(category);
      if (tally.allNumbers) {
        const number = attributeNumber(value);
        if (number === undefined) tally.allNumbers = false;
        else if (!Number.isInteger(number)) tally.allIntegers = false;
      }
    }
  }
  return [...tallies.values()].map(describeTally);
}

function describeTally(tally: Tally): AttributeDescription {
  const { name, present } = tally;
  const distinct = tally.values.size;
  const numeric = present > 0 && tally.allNumbers && distinct >= 2;
  let categorical = distinct >= 2 && distinct <= MAX_CATEGORIES;
  if (categorical && present > 0 && tally.allNumbers) {
    categorical = tally.allIntegers && distinct * 2 <= present;
  } else if (categorical) {
    categorical = distinct < present;
  }
  return { name, categorical, numeric, distinct, present };
}

/** The attributes of actors that can colour or size them (see describeAttributes). */
export function describeNodeAttributes(
  actors: readonly { attributes?: Record<string, AttributeValue> }[],
): AttributeDescription[] {
  return describeAttributes(actors);
}

/** The attributes of relations that can colour or size them (see describeAttributes). */
export function describeEdgeAttributes(
  relations: readonly { attributes?: Record<string, AttributeValue> }[],
): AttributeDescription[] {
  return describeAttributes(relations);
}
