/**
 * Everything computed once when a network is opened: the graph, the look-up index, the ids
 * the URL may name, the relations' time spans and the timeline's scale. Replaced as a whole
 * when another network is opened; never rebuilt by filters.
 */
import type { Network } from '../data/network';
import { buildGraph, type ActorGraph } from '../graph/build-graph';
import { indexDataset, type DatasetIndex } from '../graph/dataset-index';
import type { KnownIds } from './url';
import { indexRelationSpans, type RelationSpans } from '../time/time-filter';
import { createTimeScale, type TimeScale } from '../time/time-scale';
import type { SearchableActor } from '../search/actor-search';

export interface LoadedNetwork {
  network: Network;
  index: DatasetIndex;
  graph: ActorGraph;
  known: KnownIds;
  spans: RelationSpans;
  /** Null when no relation has a date: then there is no timeline. */
  timeScale: TimeScale | null;
  searchable: SearchableActor[];
}

function knownIds(network: Network, graph: ActorGraph): KnownIds {
  const relationsById = new Map(network.relations.map((r) => [r.id, r]));
  const types = new Set<string>();
  const kinds = new Set<string>();
  graph.forEachEdge((_edge, attributes) => types.add(attributes.relation));
  graph.forEachNode((_node, attributes) => kinds.add(attributes.kind));
  return {
    relationTypes: types,
    kinds,
    actors: new Set(network.actors.map((a) => a.id)),
    relations: new Set(relationsById.keys()),
    documents: new Set(network.documents.map((d) => d.id)),
    evidenceCount: (id) => relationsById.get(id)?.evidence.length ?? 0,
  };
}

/** `onGraphBuilt` lets the caller mark the milestone between parsing and drawing. */
export function loadNetwork(network: Network, onGraphBuilt?: () => void): LoadedNetwork {
  const graph = buildGraph(network);
  onGraphBuilt?.();
  const spans = indexRelationSpans(network.relations);
  return {
    network,
    index: indexDataset(network),
    graph,
    known: knownIds(network, graph),
    spans,
    timeScale: spans.extent ? createTimeScale(network.relations) : null,
    searchable: network.actors.map((a) => ({ id: a.id, label: a.label, aliases: a.aliases, kind: a.kind })),
  };
}
