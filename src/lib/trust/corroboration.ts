/**
 * How well each relation is sourced: how many documents and distinct publishers stand
 * behind it, when it was first and last reported, and what its evidence claims — whether
 * at least one document states it in its own voice, and whether it rests only on
 * allegations or denied reports. Computed once per network (pure); the evidence panel, the
 * relations table, the filters and the canvas read the same values.
 */
import type { NetworkRelation } from '../data/network';
import type { SourceDocument } from '../data/schema';
import { parsePartialDate } from '../data/partial-date';
import { CLAIMS, isClaimId, type ClaimId } from '../vocabulary/claims';

export interface Corroboration {
  /** Distinct documents cited. */
  documents: number;
  /** Distinct publishers of those documents (a document the network lacks counts as its own). */
  publishers: number;
  /** Publication date of the earliest and latest citing document (partial ISO), null if unknown. */
  firstReported: string | null;
  lastReported: string | null;
  /** At least one document reports it in its own voice. */
  asFact: boolean;
  /** Every evidence item is coded and all are allegations or denied reports: drawn dashed. */
  weak: boolean;
  /** Evidence items by claim; `uncoded` counts items without one (imported evidence). */
  claims: Readonly<Record<ClaimId | 'uncoded', number>>;
}

function emptyClaims(): Record<ClaimId | 'uncoded', number> {
  return { reported: 0, attributed: 0, alleged: 0, disputed: 0, uncoded: 0 };
}

/** Orders partial dates by their first day, so "2025" comes before "2025-03". */
function earlier(a: string, b: string): boolean {
  return (parsePartialDate(a)?.start ?? Infinity) < (parsePartialDate(b)?.start ?? Infinity);
}

function later(a: string, b: string): boolean {
  return (parsePartialDate(a)?.end ?? -Infinity) > (parsePartialDate(b)?.end ?? -Infinity);
}

export function corroborate(relation: NetworkRelation, documents: ReadonlyMap<string, SourceDocument>): Corroboration {
  const documentIds = new Set<string>();
  const publishers = new Set<string>();
  const claims = emptyClaims();
  let firstReported: string | null = null;
  let lastReported: string | null = null;
  for (const evidence of relation.evidence) {
    claims[isClaimId(evidence.claim) ? evidence.claim : 'uncoded'] += 1;
    if (documentIds.has(evidence.document)) continue;
    documentIds.add(evidence.document);
    const document = documents.get(evidence.document);
    // Publishers are compared as written, ignoring case and spacing.
    publishers.add(document ? document.publisher.trim().toLocaleLowerCase('en') : `#${evidence.document}`);
    const published = document?.published;
    if (!published || !parsePartialDate(published)) continue;
    if (firstReported === null || earlier(published, firstReported)) firstReported = published;
    if (lastReported === null || later(published, lastReported)) lastReported = published;
  }
  const coded = relation.evidence.length - claims.uncoded;
  const weakItems = (Object.keys(CLAIMS) as ClaimId[])
    .filter((id) => CLAIMS[id].weak)
    .reduce((sum, id) => sum + claims[id], 0);
  return {
    documents: documentIds.size,
    publishers: publishers.size,
    firstReported,
    lastReported,
    asFact: claims.reported > 0,
    weak: coded > 0 && claims.uncoded === 0 && weakItems === coded,
    claims,
  };
}

/** What the network's evidence allows: the trust filters only make sense when it has some. */
export interface TrustCoverage {
  /** Some relation has evidence from a document: "At least two documents" means something. */
  hasEvidence: boolean;
  /** Some evidence item is coded with a claim: "Only what a source reports as fact" means something. */
  hasClaims: boolean;
}

export interface CorroborationIndex {
  byRelation: ReadonlyMap<string, Corroboration>;
  coverage: TrustCoverage;
  /** Relations that rest only on allegations or denied reports (drawn dashed). */
  weak: ReadonlySet<string>;
  /** Relations with evidence from exactly one document (drawn lighter). */
  singleDocument: ReadonlySet<string>;
}

export function indexCorroboration(
  relations: readonly NetworkRelation[],
  documents: ReadonlyMap<string, SourceDocument>,
): CorroborationIndex {
  const byRelation = new Map<string, Corroboration>();
  const weak = new Set<string>();
  const singleDocument = new Set<string>();
  let hasEvidence = false;
  let hasClaims = false;
  for (const relation of relations) {
    const corroboration = corroborate(relation, documents);
    byRelation.set(relation.id, corroboration);
    if (corroboration.weak) weak.add(relation.id);
    if (corroboration.documents === 1) singleDocument.add(relation.id);
    if (corroboration.documents > 0) hasEvidence = true;
    if (relation.evidence.length > corroboration.claims.uncoded) hasClaims = true;
  }
  return { byRelation, coverage: { hasEvidence, hasClaims }, weak, singleDocument };
}
