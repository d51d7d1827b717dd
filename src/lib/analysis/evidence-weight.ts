/**
 * How much evidence a relation counts for in the weighted degree ("number of quotes"): its
 * quotes, or for an imported relation without any, the file's positive weight, else 1.
 * Apart from metrics.ts so that packing a network for the worker does not load the metrics.
 */
import type { NetworkRelation } from '../data/network';

export function relationEvidenceWeight(relation: Pick<NetworkRelation, 'evidence' | 'weight'>): number {
  if (relation.evidence.length > 0) return relation.evidence.length;
  return relation.weight !== undefined && Number.isFinite(relation.weight) && relation.weight > 0 ? relation.weight : 1;
}
