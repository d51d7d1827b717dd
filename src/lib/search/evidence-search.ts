/**
 * Full-text search over a network's evidence, for the "Search the evidence" panel: quotes,
 * relation summaries (English and Spanish), actor descriptions and document titles, folded
 * so that accents and case never matter ("sancion" finds "sanción", "Bogota" "Bogotá").
 * Results are relations, best first: a quote or summary that matches ranks a relation above
 * any relation found only through an actor's description or a cited document's title.
 * Each hit carries short snippets of the original text (accents kept) with the matching
 * words marked. MiniSearch does the indexing; this module is loaded on demand, so the
 * first view does not carry it. Building walks the network once; a query only walks hits.
 */
import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import type { NetworkActor, NetworkRelation } from '../data/network';
import type { SourceDocument } from '../data/schema';
import { normalizeForSearch } from './actor-search';

/** Where a snippet comes from: direct evidence (quote, summary) or a way in (actor, document). */
export type EvidenceField = 'quote' | 'summary' | 'actor' | 'document';

/** A run of a snippet's text; `match` when it is a word the query found. */
export interface SnippetSegment {
  text: string;
  match: boolean;
}

export interface EvidenceSnippet {
  field: EvidenceField;
  /** The text's language when known: a quote's or title's document language, "es" for translations. */
  lang?: string;
  /** For an actor's description: the actor's label, which the description does not repeat. */
  subject?: string;
  /** The text shortened around its matches, with "…" where it was cut. */
  segments: SnippetSegment[];
}

export interface EvidenceHit {
  relationId: string;
  score: number;
  /** Best first: direct evidence when the relation has some, else what led to it. */
  snippets: EvidenceSnippet[];
}

export interface EvidenceIndexInput {
  relations: readonly NetworkRelation[];
  actors: readonly NetworkActor[];
  documents: readonly SourceDocument[];
}

/** One indexed text, shared by every relation it belongs to (a quote cited twice is indexed once). */
interface SearchUnit {
  id: number;
  text: string;
  field: EvidenceField;
  lang?: string;
  subject?: string;
  relationIds: string[];
}

/** Built by {@link buildEvidenceIndex}; treat as opaque. */
export interface EvidenceIndex {
  readonly engine: MiniSearch<SearchUnit>;
  readonly units: readonly SearchUnit[];
  /** Position of each relation in the input, to break score ties stably. */
  readonly order: ReadonlyMap<string, number>;
}

/** Words as the index sees them: letters (with their combining marks) and digits. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const tokenize = (text: string): string[] => text.match(WORD) ?? [];
/** Folded words, remembered: a network repeats a few thousand words over and over. */
const foldedTerms = new Map<string, string | null>();
function foldTerm(term: string): string | null {
  let folded = foldedTerms.get(term);
  if (folded === undefined) {
    folded = normalizeForSearch(term) || null;
    if (foldedTerms.size > 100_000) foldedTerms.clear();
    foldedTerms.set(term, folded);
  }
  return folded;
}

/** How much a match through an actor or a document counts next to a direct one. */
const INDIRECT_WEIGHT = 0.5;
const SUMMARY_WEIGHT = 0.8;
const SNIPPET_LENGTH = 200;
/** Context kept before the first match when a text is cut. */
const SNIPPET_LEAD = 60;
const MAX_SNIPPETS = 3;

const SEARCH_OPTIONS: SearchOptions = {
  // Search as you type: the word being typed is a prefix, once it has two letters (a lone
  // letter would be the prefix of most of the index).
  prefix: (term, index, terms) => index === terms.length - 1 && term.length >= 2,
  // Light: one typo, and only in words of five letters or more ("visa" must not find "via").
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  maxFuzzy: 1,
};

/** Indexes every quote, summary, actor description and document title that leads to a relation. */
export function buildEvidenceIndex({ relations, actors, documents }: EvidenceIndexInput): EvidenceIndex {
  const units = new Map<string, SearchUnit>();
  const add = (field: EvidenceField, text: string | undefined, relationId: string, lang?: string, subject?: string) => {
    if (!text?.trim()) return;
    const key = `${field}\u0000${lang ?? ''}\u0000${subject ?? ''}\u0000${text}`;
    let unit = units.get(key);
    if (!unit) {
      unit = { id: units.size, text, field, lang, subject, relationIds: [] };
      units.set(key, unit);
    }
    if (unit.relationIds.at(-1) !== relationId) unit.relationIds.push(relationId);
  };

  const documentById = new Map(documents.map((document) => [document.id, document]));
  const actorById = new Map(actors.map((actor) => [actor.id, actor]));
  const order = new Map<string, number>();
  relations.forEach((relation, position) => {
    order.set(relation.id, position);
    for (const evidence of relation.evidence) {
      add('quote', evidence.quote, relation.id, documentById.get(evidence.document)?.language);
    }
    add('summary', relation.summary, relation.id);
    add('summary', relation.translations?.es?.summary, relation.id, 'es');
  });
  // The ways in: each actor's description and each cited title, once per relation they lead to.
  for (const relation of relations) {
    for (const actorId of new Set([relation.source, relation.target])) {
      const actor = actorById.get(actorId);
      if (!actor) continue;
      add('actor', actor.description, relation.id, undefined, actor.label);
      add('actor', actor.translations?.es?.description, relation.id, 'es', actor.label);
    }
    for (const documentId of new Set(relation.evidence.map((evidence) => evidence.document))) {
      const document = documentById.get(documentId);
      if (document) add('document', document.title, relation.id, document.language);
    }
  }

  const engine = new MiniSearch<SearchUnit>({
    fields: ['text'],
    tokenize,
    processTerm: foldTerm,
    searchOptions: SEARCH_OPTIONS,
  });
  const list = [...units.values()];
  engine.addAll(list);
  return { engine, units: list, order };
}

interface Gathered {
  relationId: string;
  /** The relation's position in the input, which breaks ties. */
  order: number;
  direct: number;
  indirect: number;
  score: number;
  matches: { unit: SearchUnit; score: number; terms: string[] }[];
}

/** The hits for `query`, best first, at most `limit`, and how many relations matched in all. */
export function findEvidence(index: EvidenceIndex, query: string, limit = 50): { hits: EvidenceHit[]; total: number } {
  const words = tokenize(query).map(foldTerm).filter(Boolean);
  if (words.length === 0 || limit <= 0) return { hits: [], total: 0 };
  // Every word in one text first; when no text has them all, any of them.
  let results = index.engine.search(query, { combineWith: 'AND' });
  if (results.length === 0 && words.length > 1) results = index.engine.search(query, { combineWith: 'OR' });

  const gathered = new Map<string, Gathered>();
  for (const result of results) gather(index, gathered, index.units[result.id as number], result);
  const ranked = [...gathered.values()];
  for (const entry of ranked) entry.score = entry.direct + INDIRECT_WEIGHT * entry.indirect;
  ranked.sort((a, b) => Number(b.direct > 0) - Number(a.direct > 0) || b.score - a.score || a.order - b.order);
  const hits = ranked.slice(0, limit).map((entry) => ({
    relationId: entry.relationId,
    score: entry.score,
    snippets: snippetsOf(entry),
  }));
  return { hits, total: ranked.length };
}

/** The relations whose evidence matches `query`, best first, at most `limit`. */
export function searchEvidence(index: EvidenceIndex, query: string, limit = 50): EvidenceHit[] {
  return findEvidence(index, query, limit).hits;
}

function gather(index: EvidenceIndex, gathered: Map<string, Gathered>, unit: SearchUnit, result: SearchResult): void {
  const direct = unit.field === 'quote' || unit.field === 'summary';
  const score = unit.field === 'summary' ? result.score * SUMMARY_WEIGHT : result.score;
  for (const relationId of unit.relationIds) {
    let entry = gathered.get(relationId);
    if (!entry) {
      const order = index.order.get(relationId) ?? 0;
      entry = { relationId, order, direct: 0, indirect: 0, score: 0, matches: [] };
      gathered.set(relationId, entry);
    }
    if (direct) entry.direct += score;
    else entry.indirect = Math.max(entry.indirect, score);
    entry.matches.push({ unit, score, terms: result.terms });
  }
}

/** Direct evidence when there is some (one summary at most: both languages say the same), else the ways in. */
function snippetsOf(entry: Gathered): EvidenceSnippet[] {
  const isDirect = (field: EvidenceField) => field === 'quote' || field === 'summary';
  const shown = entry.matches
    .filter(({ unit }) => entry.direct === 0 || isDirect(unit.field))
    .sort((a, b) => Number(isDirect(b.unit.field)) - Number(isDirect(a.unit.field)) || b.score - a.score);
  const snippets: EvidenceSnippet[] = [];
  let summaries = 0;
  for (const { unit, terms } of shown) {
    if (snippets.length === MAX_SNIPPETS) break;
    if (unit.field === 'summary' && summaries++ > 0) continue;
    snippets.push({
      field: unit.field,
      ...(unit.lang ? { lang: unit.lang } : {}),
      ...(unit.subject ? { subject: unit.subject } : {}),
      segments: highlightMatches(unit.text, new Set(terms)),
    });
  }
  return snippets;
}

/**
 * `text` cut to about {@link SNIPPET_LENGTH} characters around its first match, split into
 * runs with the words whose folded form is in `terms` marked. Words are found on the
 * original text, so a marked word keeps its accents and case.
 */
export function highlightMatches(text: string, terms: ReadonlySet<string>): SnippetSegment[] {
  const spans: [number, number][] = [];
  for (const word of text.matchAll(WORD)) {
    if (terms.has(foldTerm(word[0]) ?? '')) spans.push([word.index, word.index + word[0].length]);
  }
  const [from, to] = snippetWindow(text, spans[0]);
  const segments: SnippetSegment[] = [];
  const push = (part: string, match: boolean) => part && segments.push({ text: part, match });
  if (from > 0) push('…', false);
  let cursor = from;
  for (const [start, end] of spans) {
    if (start < from || end > to) continue;
    push(text.slice(cursor, start), false);
    push(text.slice(start, end), true);
    cursor = end;
  }
  push(text.slice(cursor, to), false);
  if (to < text.length) push('…', false);
  return segments;
}

/** Where to cut a long text: a little before the first match, at word boundaries. */
function snippetWindow(text: string, first: [number, number] | undefined): [number, number] {
  if (text.length <= SNIPPET_LENGTH) return [0, text.length];
  let from = first ? Math.max(0, Math.min(first[0] - SNIPPET_LEAD, text.length - SNIPPET_LENGTH)) : 0;
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space >= 0 && (!first || space < first[0]) ? space + 1 : (first?.[0] ?? from);
  }
  let to = Math.min(text.length, from + SNIPPET_LENGTH);
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > from && (!first || space >= first[1])) to = space;
  }
  return [from, to];
}
