/**
 * What the dataset takes from one source document: each distinct quote with every relation
 * that cites it. The source reader marks these in the full text, so a reader sees how a
 * document was coded and which of its paragraphs no relation uses.
 */
import type { NetworkRelation } from '../data/network';

/** One distinct quote of a document and the relations whose evidence cites it. */
export interface Citation {
  quote: string;
  /** In dataset order, each relation once. */
  relationIds: string[];
}

/**
 * The quotes that `relations` take from document `documentId`, one entry per distinct quote
 * in the order they are first cited; a relation citing the same quote twice counts once.
 */
export function documentCitations(relations: readonly NetworkRelation[], documentId: string): Citation[] {
  const byQuote = new Map<string, Citation>();
  for (const relation of relations) {
    for (const evidence of relation.evidence) {
      if (evidence.document !== documentId || evidence.quote === '') continue;
      let citation = byQuote.get(evidence.quote);
      if (!citation) {
        citation = { quote: evidence.quote, relationIds: [] };
        byQuote.set(evidence.quote, citation);
      }
      if (!citation.relationIds.includes(relation.id)) citation.relationIds.push(relation.id);
    }
  }
  return [...byQuote.values()];
}

/** A relation that a marked passage can open, with the quote it cites there. */
export interface CitationChoice {
  relationId: string;
  quote: string;
}

/**
 * The relations a passage covered by the citations at `indices` opens, each relation once
 * (with its first citation's quote when it cites two overlapping quotes), in citation order.
 */
export function citationChoices(citations: readonly Citation[], indices: readonly number[]): CitationChoice[] {
  const choices: CitationChoice[] = [];
  const seen = new Set<string>();
  for (const index of indices) {
    const citation = citations[index];
    if (!citation) continue;
    for (const relationId of citation.relationIds) {
      if (seen.has(relationId)) continue;
      seen.add(relationId);
      choices.push({ relationId, quote: citation.quote });
    }
  }
  return choices;
}
