/**
 * Relations coded at the desk, and what makes two of them one. A relation is the same as
 * another when it has the same type, the same ends (in either order when the type has no
 * direction) and the same date, or start and end: coding it again from another article (or
 * from another sentence) adds evidence to it instead of a second line between the same
 * actors. That holds against the workspace's own relations and against the base network's:
 * a base relation gets a workspace relation under the base's id that holds only the new
 * evidence, so the base is never copied nor changed here.
 */
import type { Evidence, Relation } from '../data/schema';
import type { NetworkRelation } from '../data/network';
import { relationKey } from '../data/relation-key';
import { relationId, takenIn, uniqueId } from './ids';
import type { Workspace } from './model';

/** A relation to add; its id is made from ends, type and date unless one is given. */
export type NewRelation = Omit<Relation, 'id'> & { id?: string };

/**
 * What adding did: a new relation, evidence added to an existing one (the workspace's or
 * the base network's), or nothing because every evidence item was already there.
 */
export type RelationOutcome = 'added' | 'evidence-added' | 'already-present';

export interface RelationAdded {
  workspace: Workspace;
  outcome: RelationOutcome;
  /** The relation that holds the evidence now. */
  relationId: string;
}

export { relationKey };

function sameEvidence(a: Evidence, b: Evidence): boolean {
  return a.document === b.document && a.quote === b.quote;
}

/** The items of `added` that are neither in `existing` nor earlier in `added`. */
function newEvidence(existing: readonly Evidence[], added: readonly Evidence[]): Evidence[] {
  const kept: Evidence[] = [];
  for (const item of added) {
    if (!existing.some((e) => sameEvidence(e, item)) && !kept.some((e) => sameEvidence(e, item))) kept.push(item);
  }
  return kept;
}

/** A base relation's summary (and its Spanish one), or the new relation's when it has none. */
function describedLike(base: NetworkRelation, relation: NewRelation): Pick<Relation, 'summary' | 'translations'> {
  const spanish = base.translations?.es?.summary;
  return {
    summary: base.summary || relation.summary,
    translations: base.summary && spanish ? { es: { summary: spanish } } : relation.translations,
  };
}

/**
 * Adds a coded relation, or its evidence to the same relation when there is one in the
 * workspace or in `base` (the network being extended). Evidence items already there (same
 * document, same quote) are skipped.
 */
export function addRelation(
  ws: Workspace,
  relation: NewRelation,
  base: { relations: readonly NetworkRelation[] } = { relations: [] },
): RelationAdded {
  const key = relationKey(relation);
  const own = ws.relations.find((r) => relationKey(r) === key);
  if (own) {
    const fresh = newEvidence(own.evidence, relation.evidence);
    if (fresh.length === 0) return { workspace: ws, outcome: 'already-present', relationId: own.id };
    const extended = { ...own, evidence: [...own.evidence, ...fresh] };
    const relations = ws.relations.map((r) => (r === own ? extended : r));
    return { workspace: { ...ws, relations }, outcome: 'evidence-added', relationId: own.id };
  }
  const inBase = base.relations.find((r) => relationKey(r) === key);
  if (inBase) {
    const fresh = newEvidence(inBase.evidence, relation.evidence);
    if (fresh.length === 0) return { workspace: ws, outcome: 'already-present', relationId: inBase.id };
    const extension: Relation = {
      ...relation,
      ...describedLike(inBase, relation),
      id: inBase.id,
      source: inBase.source,
      target: inBase.target,
      evidence: fresh,
    };
    return {
      workspace: { ...ws, relations: [...ws.relations, extension] },
      outcome: 'evidence-added',
      relationId: inBase.id,
    };
  }
  const taken = takenIn(
    ws.relations.map((r) => r.id),
    base.relations.map((r) => r.id),
  );
  const id = relation.id ? uniqueId(relation.id, taken) : relationId(relation, taken);
  const added: Relation = { ...relation, id, evidence: newEvidence([], relation.evidence) };
  return { workspace: { ...ws, relations: [...ws.relations, added] }, outcome: 'added', relationId: id };
}

/** Removes a relation of the workspace (for a base relation, the evidence the desk added to it). */
export function removeRelation(ws: Workspace, id: string): Workspace {
  if (!ws.relations.some((r) => r.id === id)) return ws;
  return { ...ws, relations: ws.relations.filter((r) => r.id !== id) };
}
