/**
 * Look-ups derived from a network: its actors, relations and documents by id. Built once
 * per network; the view layer (src/lib/view/) words rows and panels from it. Pure.
 */
import type { SourceDocument } from '../data/schema';
import type { Network, NetworkActor, NetworkRelation } from '../data/network';

export interface DatasetIndex {
  dataset: Network;
  actors: ReadonlyMap<string, NetworkActor>;
  relations: ReadonlyMap<string, NetworkRelation>;
  documents: ReadonlyMap<string, SourceDocument>;
}

export function indexDataset(dataset: Network): DatasetIndex {
  return {
    dataset,
    actors: new Map(dataset.actors.map((a) => [a.id, a])),
    relations: new Map(dataset.relations.map((r) => [r.id, r])),
    documents: new Map(dataset.documents.map((d) => [d.id, d])),
  };
}
