/**
 * Cutting a network down to what the user chose to export (the whole network, the filtered
 * view, a selection), so every format writes the same subset and the bundle stays valid: no
 * relation without both its actors, no document nobody cites.
 */
import type { Network } from '../data/network';

/** The actor ids and relation ids to export; for "everything" the caller passes all of them. */
export interface ExportScope {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/**
 * The listed actors and relations, in their original order. A listed relation whose source or
 * target is not listed is left out too, since no file format can hold a dangling edge.
 * Documents and their source texts are kept only when a kept relation cites them.
 */
export function subsetNetwork(network: Network, scope: ExportScope): Network {
  const actors = network.actors.filter((a) => scope.nodes.has(a.id));
  const kept = new Set(actors.map((a) => a.id));
  const relations = network.relations.filter((r) => scope.edges.has(r.id) && kept.has(r.source) && kept.has(r.target));
  const cited = new Set(relations.flatMap((r) => r.evidence.map((e) => e.document)));
  const documents = network.documents.filter((d) => cited.has(d.id));
  const sources: Record<string, string> = {};
  for (const [id, text] of Object.entries(network.sources)) {
    if (cited.has(id)) sources[id] = text;
  }
  return { name: network.name, documents, actors, relations, sources };
}
