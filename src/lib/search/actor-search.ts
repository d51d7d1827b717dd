/**
 * Actor search for the search box: accent- and case-insensitive matching of a typed query
 * against actor labels and aliases, ranked so that the most likely actor comes first.
 * Names are normalised once when the index is built, so each keystroke only compares
 * ready-made strings, which keeps typing smooth on networks of tens of thousands of actors.
 * Hits of equal rank come in label order, as the chosen language sorts names.
 */
import { collator } from '../i18n/format';
import type { Locale } from '../i18n/locale';

/** The fields of an actor that search reads. */
export interface SearchableActor {
  id: string;
  label: string;
  aliases: string[];
  kind: string;
}

/** One suggestion: the actor, and the label or alias the query matched. */
export interface SearchHit {
  id: string;
  label: string;
  kind: string;
  /** The label or alias (as written in the data) that matched the query. */
  matched: string;
}

/** Searches a prebuilt index; returns at most `limit` hits, best first. */
export type ActorSearch = (query: string, limit?: number) => SearchHit[];

const COMBINING_MARKS = /\p{M}+/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/**
 * Folds text to the form search compares: no accents, lower case, words separated by
 * single spaces ("Álvaro  Uribe-Vélez" → "alvaro uribe velez").
 */
export function normalizeForSearch(text: string): string {
  // Marks are stripped after lower-casing because lower-casing can itself produce one
  // (the Turkish "İ" becomes "i" plus a combining dot).
  return text.normalize('NFD').toLowerCase().replace(COMBINING_MARKS, '').replace(NOT_LETTER_OR_DIGIT, ' ').trim();
}

/** Match quality, best first; the order of these values is the ranking. */
const Rank = {
  Exact: 0,
  LabelPrefix: 1,
  AliasPrefix: 2,
  WordPrefix: 3,
  Substring: 4,
  /** Every word of a multi-word query starts a word, in any order ("uribe alvaro"). */
  AllWords: 5,
  None: 6,
} as const;
type Rank = (typeof Rank)[keyof typeof Rank];

interface IndexedName {
  original: string;
  normalized: string;
  /** The normalized name with a leading space, so " query" finds a word start. */
  spaced: string;
  isLabel: boolean;
}

interface IndexedActor {
  actor: SearchableActor;
  names: IndexedName[];
}

function indexName(original: string, isLabel: boolean): IndexedName {
  const normalized = normalizeForSearch(original);
  return { original, normalized, spaced: ` ${normalized}`, isLabel };
}

function rankName(name: IndexedName, query: string, queryWords: string[]): Rank {
  if (name.normalized === query) return Rank.Exact;
  if (name.normalized.startsWith(query)) return name.isLabel ? Rank.LabelPrefix : Rank.AliasPrefix;
  if (name.spaced.includes(` ${query}`)) return Rank.WordPrefix;
  if (name.normalized.includes(query)) return Rank.Substring;
  if (queryWords.length > 1 && queryWords.every((word) => name.spaced.includes(` ${word}`))) {
    return Rank.AllWords;
  }
  return Rank.None;
}

/**
 * Builds a search over `actors`, ordering hits of equal rank by label as `locale` sorts
 * names (in Spanish "ñ" is a letter after "n"). Build it once per actor list and language,
 * and call the returned function on every keystroke.
 */
export function createActorSearchIndex(actors: readonly SearchableActor[], locale: Locale): ActorSearch {
  const labels = collator(locale);
  // Sorting by label up front means hits of equal rank come out already in label order.
  const indexed: IndexedActor[] = [...actors]
    .sort((a, b) => labels.compare(a.label, b.label) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((actor) => ({
      actor,
      names: [indexName(actor.label, true), ...actor.aliases.map((alias) => indexName(alias, false))],
    }));

  return (query, limit = 8) => {
    const normalizedQuery = normalizeForSearch(query);
    if (normalizedQuery === '' || limit <= 0) return [];
    const queryWords = normalizedQuery.split(' ');
    const buckets: SearchHit[][] = Array.from({ length: Rank.None }, () => []);

    for (const { actor, names } of indexed) {
      let bestRank: Rank = Rank.None;
      let bestName: IndexedName | undefined;
      for (const name of names) {
        const rank = rankName(name, normalizedQuery, queryWords);
        // Strictly better only: the label comes first, so it wins ties with its aliases.
        if (rank < bestRank) {
          bestRank = rank;
          bestName = name;
        }
      }
      if (bestName === undefined) continue;
      const bucket = buckets[bestRank];
      // Past the limit a bucket cannot contribute: everything in it is in label order.
      if (bucket.length < limit) {
        bucket.push({ id: actor.id, label: actor.label, kind: actor.kind, matched: bestName.original });
      }
    }
    return buckets.flat().slice(0, limit);
  };
}

/**
 * One-off search. Builds a throw-away index; for search-as-you-type use
 * {@link createActorSearchIndex}.
 */
export function searchActors(
  actors: readonly SearchableActor[],
  query: string,
  locale: Locale,
  limit = 8,
): SearchHit[] {
  return createActorSearchIndex(actors, locale)(query, limit);
}
