/**
 * Stable ids for suggestions: the same sentence span, parties and type give the same id on
 * every reading, so a review decision keyed by it survives re-reading the article.
 * Two 32-bit FNV-1a hashes with different seeds, written in base 36.
 */
import type { RelationTypeId } from '../vocabulary/relation-types';
import type { TextSpan } from './types';

function fnv1a(value: string, seed: number): number {
  let hash = seed >>> 0;
  for (let index = 0; index < value.length; index++) {
    hash ^= value.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The id of a suggestion of `type` from `source` to `target` in the sentence at `span`. */
export function suggestionId(span: TextSpan, source: string, type: RelationTypeId, target: string): string {
  const key = `${span.start}:${span.end}|${source}|${type}|${target}`;
  return `s-${fnv1a(key, 0x811c9dc5).toString(36)}${fnv1a(key, 0x9747b28c).toString(36)}`;
}
