/**
 * A relation's type from an edge's attributes: relation, kind, type, label or interaction,
 * in that order, recognising the fixed vocabulary by id or by its label in any of the
 * catalogue's languages ("Sanctioned", "member of", "Sancionó"). A `type` that says
 * directed/undirected/mutual is a direction, not a type; labels count only while they look
 * like a vocabulary rather than descriptions.
 */
// The labels below are read from the catalogue when this module loads.
import '../i18n/all-messages';
import { LOCALES } from '../i18n/locale';
import { relationTypeLabel } from '../i18n/words';
import { RELATION_TYPE_IDS, isRelationTypeId } from '../vocabulary/relation-types';
import type { AttributeRecord } from './record';
import { toText } from './values';

/** Loose names of an edge's label. */
export const EDGE_LABEL_KEYS = ['label', 'edgelabel'];
const TYPE_SOURCES: readonly (readonly string[])[] = [
  ['relation', 'relationtype', 'relationship'],
  ['kind'],
  ['type'],
  EDGE_LABEL_KEYS,
  ['interaction'],
];
/** Graph attributes naming the one type of a file whose edges state none. */
export const DEFAULT_TYPE_KEYS = ['edgelabel', 'edgekind', 'relation'];
/** More distinct labels than this and they are descriptions, not types. */
export const MAX_LABEL_TYPES = 50;

const DIRECTIONS = new Map<string, boolean>([
  ['directed', true],
  ['undirected', false],
  ['mutual', false],
]);

/** Type names compared loosely: case, spaces, hyphens and underscores aside. */
export function typeWords(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
}

/** A fixed type's labels in every language of the catalogue; none for a type outside the vocabulary. */
export function typeLabels(type: string): string[] {
  return isRelationTypeId(type) ? LOCALES.map((locale) => relationTypeLabel(type, locale)) : [];
}

const FIXED_TYPES = new Map<string, string>(
  RELATION_TYPE_IDS.flatMap((id) => [id, ...typeLabels(id)].map((name) => [typeWords(name), id] as [string, string])),
);

/** The fixed relation type id a file's value names ("Sanctioned", "member of"), if any. */
export function fixedRelationType(value: string): string | undefined {
  return FIXED_TYPES.get(typeWords(value));
}

/** The direction a value names ("Directed", "mutual"), if it names one. */
export function directionOf(value: unknown): boolean | undefined {
  return typeof value === 'string' ? DIRECTIONS.get(value.trim().toLowerCase()) : undefined;
}

/**
 * The attribute the type comes from: the first of the sources the record has, leaving out
 * labels when they are not types, and everything from labels on when `beforeLabels`.
 */
export function typeKey(record: AttributeRecord, labelsAreTypes: boolean, beforeLabels = false): string | undefined {
  for (const names of TYPE_SOURCES) {
    if (names === EDGE_LABEL_KEYS && beforeLabels) return undefined;
    if (names === EDGE_LABEL_KEYS && !labelsAreTypes) continue;
    const key = record.find(names);
    if (key === undefined || toText(record.value(key)) === undefined) continue;
    if (names.includes('type') && directionOf(record.value(key)) !== undefined) continue;
    return key;
  }
  return undefined;
}

/** The distinct labels that would become types, on edges with no relation, kind or type. */
export function labelTypeCandidates(records: AttributeRecord[]): Set<string> {
  const labels = new Set<string>();
  for (const record of records) {
    const explicit = typeKey(record, true, true);
    const label = record.find(EDGE_LABEL_KEYS);
    if (explicit === undefined && label !== undefined) labels.add(typeWords(String(record.value(label))));
  }
  return labels;
}
