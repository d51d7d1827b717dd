/**
 * What makes two relations the same one: the same ends (in either order for an undirected
 * type), the same type and the same date or span. Defined once: the validator reports a
 * second such relation as a duplicate, the coding desk and `npm run merge` turn it into a
 * further evidence item of the first.
 */
import { isDirected } from '../vocabulary/relation-types.ts';

export interface RelationIdentity {
  source: string;
  target: string;
  type: string;
  date?: string;
  start?: string;
  end?: string;
  /** An opened file's own direction; otherwise the type decides. */
  directed?: boolean;
}

export function relationKey(relation: RelationIdentity): string {
  const ends = [relation.source, relation.target];
  if (!isDirected(relation)) ends.sort();
  return JSON.stringify([relation.type, ...ends, relation.date ?? '', relation.start ?? '', relation.end ?? '']);
}
