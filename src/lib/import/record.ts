/**
 * One node's or edge's attributes as a file gave them, looked up by loose name ("Modularity
 * Class" finds modularity_class) and consumed as they are mapped to the Network's own
 * fields, so that what is left over becomes the record's plain attributes.
 */
import type { Attributes } from 'graphology-types';
import type { AttributeValue } from '../data/network';
import { normalizeKey, toAttributeValue } from './values';

/** Whether a value says nothing: missing, null or blank text. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** A record's attributes with loose lookup and a note of which ones became fields. */
export class AttributeRecord {
  /** Original attribute names by loose name; the first of several spellings wins. */
  private readonly index = new Map<string, string>();
  private readonly used = new Set<string>();

  constructor(readonly attributes: Attributes) {
    for (const key of Object.keys(attributes)) {
      const loose = normalizeKey(key);
      if (!this.index.has(loose)) this.index.set(loose, key);
    }
  }

  /** The attribute name for a loose name, whatever its value. */
  keyOf(looseName: string): string | undefined {
    return this.index.get(looseName);
  }

  /** The first of the loose names the record has with a non-blank value. */
  find(looseNames: readonly string[]): string | undefined {
    for (const name of looseNames) {
      const key = this.index.get(name);
      if (key !== undefined && !isBlank(this.attributes[key])) return key;
    }
    return undefined;
  }

  /** The value of an attribute, or undefined when the name is undefined. */
  value(key: string | undefined): unknown {
    return key === undefined ? undefined : this.attributes[key];
  }

  /** Marks attributes as mapped to a field, so that they are not kept as plain attributes too. */
  use(...keys: (string | undefined)[]): void {
    for (const key of keys) if (key !== undefined) this.used.add(key);
  }

  /** The attributes not mapped to a field, as values the Network keeps; undefined when none. */
  rest(): Record<string, AttributeValue> | undefined {
    const kept: Record<string, AttributeValue> = {};
    let any = false;
    for (const [key, value] of Object.entries(this.attributes)) {
      // A key named __proto__ would replace the object's prototype instead of adding a value.
      if (this.used.has(key) || key === '__proto__') continue;
      const converted = toAttributeValue(value);
      if (converted === undefined) continue;
      kept[key] = converted;
      any = true;
    }
    return any ? kept : undefined;
  }
}
