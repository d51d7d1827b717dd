/**
 * Free-form attributes (the `attributes` records of actors and relations) as columns of a
 * table: one column per key, typed by the values it holds, renamed when it would clash with a
 * column every export writes (an imported "label" attribute must not overwrite the label).
 */
import type { AttributeValue } from '../data/network';

/** How aliases are joined into one text value in GEXF, GraphML and CSV. */
export const ALIAS_SEPARATOR = ' | ';

export type ColumnType = 'string' | 'integer' | 'double' | 'boolean';

export interface AttributeColumn {
  /** The key in the `attributes` record. */
  key: string;
  /** The column name written to the file. */
  name: string;
  type: ColumnType;
}

const INT32_MAX = 2 ** 31 - 1;

function valueType(value: AttributeValue): ColumnType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') {
    return Number.isInteger(value) && Math.abs(value) <= INT32_MAX ? 'integer' : 'double';
  }
  return 'string';
}

function widen(a: ColumnType, b: ColumnType): ColumnType {
  if (a === b) return a;
  if ((a === 'integer' && b === 'double') || (a === 'double' && b === 'integer')) return 'double';
  return 'string';
}

/**
 * Columns for the attributes found on `items`, in first-seen order. `reserved` holds the names
 * the export already uses (compared case-insensitively, as spreadsheet tools and Gephi do); a
 * clashing key is written as `attr_<key>`.
 */
export function attributeColumns(
  items: readonly { attributes?: Record<string, AttributeValue> }[],
  reserved: Iterable<string>,
): AttributeColumn[] {
  const types = new Map<string, ColumnType>();
  for (const item of items) {
    for (const [key, value] of Object.entries(item.attributes ?? {})) {
      if (value === undefined || value === null) continue;
      const seen = types.get(key);
      types.set(key, seen ? widen(seen, valueType(value)) : valueType(value));
    }
  }
  const taken = new Set([...reserved].map((name) => name.toLowerCase()));
  const columns: AttributeColumn[] = [];
  for (const [key, type] of types) {
    let name = taken.has(key.toLowerCase()) ? `attr_${key}` : key;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `attr_${key}_${n}`;
    taken.add(name.toLowerCase());
    columns.push({ key, name, type });
  }
  return columns;
}

/** The text form of an attribute value: numbers as JavaScript prints them, booleans as true/false. */
export function formatAttributeValue(value: AttributeValue | undefined): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && !Number.isFinite(value)) return undefined;
  return String(value);
}
