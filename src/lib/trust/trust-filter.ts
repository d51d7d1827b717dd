/**
 * The trust filters as plain data and the predicate they make: "Only what a source reports
 * as fact", "At least two documents" and the document lens (one document's relations). The
 * predicate joins the time window's in the one visibility pass, so counts, table, canvas
 * and URL agree.
 */
import type { CorroborationIndex } from './corroboration';
import type { DocumentSupport } from './document-lens';

export interface TrustFilter {
  /** Keep relations that at least one document reports in its own voice. */
  onlyAsFact: boolean;
  /** Keep relations with evidence from at least two documents. */
  corroborated: boolean;
  /** Keep only the relations this document supports (the document lens), or null. */
  document: string | null;
}

export const NO_TRUST_FILTER: TrustFilter = { onlyAsFact: false, corroborated: false, document: null };

export function isTrustFilterActive(filter: TrustFilter): boolean {
  return filter.onlyAsFact || filter.corroborated || filter.document !== null;
}

/** Whether a relation passes; null when nothing is filtered (then no predicate is needed). */
export function trustPredicate(
  filter: TrustFilter,
  index: CorroborationIndex,
  support: ReadonlyMap<string, DocumentSupport>,
): ((relation: string) => boolean) | null {
  if (!isTrustFilterActive(filter)) return null;
  const lens = filter.document === null ? null : (support.get(filter.document)?.relations ?? new Set<string>());
  return (relation) => {
    if (lens && !lens.has(relation)) return false;
    const corroboration = index.byRelation.get(relation);
    if (filter.onlyAsFact && !corroboration?.asFact) return false;
    if (filter.corroborated && (corroboration?.documents ?? 0) < 2) return false;
    return true;
  };
}
