/**
 * Everything computed once when a network is opened: the graph, the look-up index, the ids
 * the URL may name, the relations' time spans and the timeline's scale. Replaced as a whole
 * when another network is opened; never rebuilt by filters.
 */
import type { Network, NetworkActor, NetworkRelation } from '../data/network';
import type { SourceDocument } from '../data/schema';
import { syncGraph } from '../graph/extend-graph';
import { buildGraph, type ActorGraph } from '../graph/build-graph';
import { indexDataset, type DatasetIndex } from '../graph/dataset-index';
import type { KnownIds } from './url';
import { indexRelationSpans, type RelationSpans } from '../time/time-filter';
import { createTimeScale, type TimeScale } from '../time/time-scale';
import type { SearchableActor } from '../search/actor-search';
import { appearanceOptions, defaultAppearanceOf, type AppearanceChoice, type AppearanceOptions } from '../appearance';
import { typePaletteFor, type TypePalette } from '../view/palette';
import { filePositionsOf, type FilePositions } from '../graph/file-layout';
import { analysisAppearanceOptions } from '../analysis/analysis-appearance';
import { indexCorroboration, type CorroborationIndex } from '../trust/corroboration';
import { documentSupport, type DocumentSupport } from '../trust/document-lens';

export interface LoadedNetwork {
  network: Network;
  index: DatasetIndex;
  graph: ActorGraph;
  known: KnownIds;
  spans: RelationSpans;
  /** Null when no relation has a date: then there is no timeline. */
  timeScale: TimeScale | null;
  searchable: SearchableActor[];
  /** Number of relations of each actor, for sizing by degree. */
  degrees: ReadonlyMap<string, number>;
  /** Colours of the network's relation types and actor kinds, for lists and swatches. */
  palette: TypePalette;
  /** What can colour and size this network's actors and relations. */
  appearanceOptions: AppearanceOptions;
  /** The appearance a fresh view of this network starts with. */
  defaultAppearance: AppearanceChoice;
  /** Every actor's position from the file, when it gave them all: then no layout runs by itself. */
  filePositions: FilePositions | null;
  /** The bundled Petro dataset (its name is worded by the catalogue), not an opened file. */
  bundled: boolean;
  /** How well each relation is sourced: documents, publishers, claims. */
  corroboration: CorroborationIndex;
  /** For each document, the relations it supports and those resting on it alone. */
  support: ReadonlyMap<string, DocumentSupport>;
}

function knownIds(network: Network, graph: ActorGraph, appearanceOptions: AppearanceOptions): KnownIds {
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
    appearanceOptions,
  };
}

/**
 * `onGraphBuilt` lets the caller mark the milestone between parsing and drawing. `graph`
 * reuses a graph that already holds this network (the coding desk extended it in place),
 * so that positions stay and nothing is rebuilt; everything else is derived again.
 */
export function loadNetwork(
  network: Network,
  options: { bundled?: boolean; onGraphBuilt?: () => void; graph?: ActorGraph } = {},
): LoadedNetwork {
  const graph = options.graph ?? buildGraph(network);
  options.onGraphBuilt?.();
  // Blocs and the measures of who matters are offered for every network.
  const offered = appearanceOptions(network, analysisAppearanceOptions());
  const degrees = new Map<string, number>();
  graph.forEachNode((node, attributes) => degrees.set(node, attributes.degree));
  const spans = indexRelationSpans(network.relations);
  const index = indexDataset(network);
  return {
    network,
    index,
    graph,
    known: knownIds(network, graph, offered),
    spans,
    timeScale: spans.extent ? createTimeScale(network.relations) : null,
    searchable: network.actors.map((a) => ({ id: a.id, label: a.label, aliases: a.aliases, kind: a.kind })),
    degrees,
    palette: typePaletteFor(network),
    appearanceOptions: offered,
    defaultAppearance: defaultAppearanceOf(offered),
    filePositions: filePositionsOf(network.actors),
    bundled: options.bundled ?? false,
    corroboration: indexCorroboration(network.relations, index.documents),
    support: documentSupport(network.relations),
  };
}

/** What the coding desk adds to a network: new documents with their text, actors, relations. */
export interface NetworkAdditions {
  documents: readonly SourceDocument[];
  sources: Readonly<Record<string, string>>;
  actors: readonly NetworkActor[];
  /** New relations, and relations of the base given again with the evidence the desk adds. */
  relations: readonly NetworkRelation[];
}

/** The base network with the desk's additions; a relation of the base keeps its own evidence first. */
export function withAdditions(base: Network, additions: NetworkAdditions): Network {
  const extra = new Map<string, NetworkRelation>();
  for (const relation of additions.relations) extra.set(relation.id, relation);
  const baseIds = new Set(base.relations.map((r) => r.id));
  const actorIds = new Set(base.actors.map((a) => a.id));
  const documentIds = new Set(base.documents.map((d) => d.id));
  return {
    ...base,
    documents: [...base.documents, ...additions.documents.filter((d) => !documentIds.has(d.id))],
    actors: [...base.actors, ...additions.actors.filter((a) => !actorIds.has(a.id))],
    relations: [
      ...base.relations.map((r) => {
        const more = extra.get(r.id);
        return more ? { ...r, evidence: [...r.evidence, ...more.evidence] } : r;
      }),
      ...additions.relations.filter((r) => !baseIds.has(r.id)),
    ],
    sources: { ...base.sources, ...additions.sources },
  };
}

/**
 * The loaded network as the base plus the desk's additions: the same graph brought in line
 * in place (no rebuild, positions kept, new actors beside their neighbours), every look-up
 * derived again. Called again with fewer additions, it withdraws what was taken back.
 */
export function extendLoadedNetwork(loaded: LoadedNetwork, base: Network, additions: NetworkAdditions): LoadedNetwork {
  const network = withAdditions(base, additions);
  syncGraph(loaded.graph, network.actors, network.relations);
  return loadNetwork(network, { bundled: loaded.bundled, graph: loaded.graph });
}
