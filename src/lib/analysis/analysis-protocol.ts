/**
 * The messages between the page's AnalysisClient and the analysis worker, and the packed form
 * in which a network crosses to the worker once per network. Analysis needs little of a
 * network: actor ids and labels, and per relation its id, ends, type, direction, evidence
 * weight and sort date. Ends travel as actor indices in Int32Arrays, weights in a
 * Float64Array and directions in a Uint8Array, all transferred; the view's visible ids
 * travel as Int32Arrays of indices (in the view's own order, which metrics' sampling reads).
 * Results and errors come back with the request's id; errors are codes with parameters,
 * never words (the page words them). Type-only imports besides the pure packing helpers.
 */
import type { Network } from '../data/network';
import type { Blocs } from './blocs';
import type { ActorMetrics, MetricsResult } from './metrics';
import { relationEvidenceWeight } from './evidence-weight';
import { isDirected } from '../vocabulary/relation-types';
import type { BlockingConstraint, ConnectionOptions, ConnectionResult } from './paths';

/** A network as the worker needs it (see the banner). Arrays are parallel, by relation index. */
export interface PackedNetwork {
  actorIds: string[];
  actorLabels: string[];
  actorKinds: string[];
  relationIds: string[];
  types: string[];
  /** Actor index of each relation's source and target. */
  sources: Int32Array;
  targets: Int32Array;
  /** 1 when the relation is directed (isDirected, as buildGraph has it). */
  directed: Uint8Array;
  /** relationEvidenceWeight of each relation, so quotes need not cross. */
  weights: Float64Array;
  /** The first of date, start and end (what the sort time reads), or null. */
  dates: (string | null)[];
}

/** Ids of a view as indices into the packed network's actors or relations. */
export type PackedIds = Int32Array;

/** Page → worker: the network later requests refer to, by `networkId`. Replaces the last one. */
export interface LoadMessage {
  type: 'load';
  networkId: number;
  network: PackedNetwork;
}

/** What a request asks for. Visible ids are indices into the loaded network. */
export type AnalysisRequest =
  | { kind: 'blocs' }
  | { kind: 'metrics'; visibleActors: PackedIds; visibleRelations: PackedIds }
  | {
      kind: 'connections';
      from: string;
      to: string;
      /** Null: every relation. */
      visibleRelations: PackedIds | null;
      options: ConnectionOptions;
    }
  | {
      kind: 'explain';
      from: string;
      to: string;
      byFilters: PackedIds;
      byTime: PackedIds;
      options: ConnectionOptions;
    };

/** Page → worker: one request about the network `networkId`. */
export interface RequestMessage {
  type: 'request';
  requestId: number;
  networkId: number;
  request: AnalysisRequest;
}

/** Page → worker: drop this request (if it has not started) or its result (if it has). */
export interface CancelMessage {
  type: 'cancel';
  requestId: number;
}

export type ToAnalysisWorker = LoadMessage | RequestMessage | CancelMessage;

/** A request's answer, by kind. */
export type AnalysisAnswer =
  | { kind: 'blocs'; blocs: Blocs }
  | { kind: 'metrics'; metrics: PackedMetrics }
  | { kind: 'connections'; connections: ConnectionResult }
  | { kind: 'explain'; explanation: { connected: boolean; openedBy: BlockingConstraint[] } };

/**
 * Metrics as parallel arrays in the order of the request's visible actors: a Map of 10k
 * objects costs the page ~60–90 ms to read back (a long task), these arrays a few ms.
 */
export interface PackedMetrics {
  columns: { [K in keyof ActorMetrics]: Float64Array };
  sampled: boolean;
  betweennessSources: number;
}

const METRIC_KEYS: readonly (keyof ActorMetrics)[] = [
  'relations',
  'weightedDegree',
  'cooperative',
  'hostile',
  'betweenness',
  'pagerank',
];

/** Metrics packed by `order` (the request's visible actors); actors without metrics get 0. */
export function packMetrics(result: MetricsResult, order: PackedIds, actorIds: readonly string[]): PackedMetrics {
  const columns = Object.fromEntries(
    METRIC_KEYS.map((key) => [key, new Float64Array(order.length)]),
  ) as PackedMetrics['columns'];
  for (let k = 0; k < order.length; k++) {
    const metrics = result.byActor.get(actorIds[order[k]]);
    if (metrics) for (const key of METRIC_KEYS) columns[key][k] = metrics[key];
  }
  return { columns, sampled: result.sampled, betweennessSources: result.betweennessSources };
}

/** The buffers to transfer with packed metrics. */
export const metricsTransfer = (packed: PackedMetrics): Transferable[] =>
  METRIC_KEYS.map((key) => packed.columns[key].buffer);

/** Metrics back as computeMetrics gives them, `order` being the ids the request was packed from. */
export function unpackMetrics(packed: PackedMetrics, order: readonly string[]): MetricsResult {
  const byActor = new Map<string, ActorMetrics>();
  const c = packed.columns;
  for (let k = 0; k < order.length; k++) {
    byActor.set(order[k], {
      relations: c.relations[k],
      weightedDegree: c.weightedDegree[k],
      cooperative: c.cooperative[k],
      hostile: c.hostile[k],
      betweenness: c.betweenness[k],
      pagerank: c.pagerank[k],
    });
  }
  return { byActor, sampled: packed.sampled, betweennessSources: packed.betweennessSources };
}

/** Why a request got no answer. */
export type AnalysisErrorCode =
  /** No network loaded, or the request names another one than the loaded network. */
  | 'stale-network'
  /** The request was cancelled. */
  | 'cancelled'
  /** The computation threw; `params.detail` has the error's own text (for logs only). */
  | 'failed'
  /** The worker itself failed (page side): every pending request gets this. */
  | 'worker-failed'
  /** The client was disposed before the answer came. */
  | 'disposed';

export interface AnalysisError {
  code: AnalysisErrorCode;
  params?: Record<string, string | number>;
}

/** Worker → page. */
export type FromAnalysisWorker =
  | { type: 'loaded'; networkId: number }
  | { type: 'result'; requestId: number; answer: AnalysisAnswer }
  | { type: 'progress'; requestId: number; fraction: number }
  | { type: 'error'; requestId: number; error: AnalysisError };

/** The network packed for the worker. */
export function packNetwork(network: Pick<Network, 'actors' | 'relations'>): PackedNetwork {
  const actorIndex = new Map(network.actors.map((actor, i) => [actor.id, i]));
  const count = network.relations.length;
  const packed: PackedNetwork = {
    actorIds: network.actors.map((a) => a.id),
    actorLabels: network.actors.map((a) => a.label),
    actorKinds: network.actors.map((a) => a.kind),
    relationIds: new Array<string>(count),
    types: new Array<string>(count),
    sources: new Int32Array(count),
    targets: new Int32Array(count),
    directed: new Uint8Array(count),
    weights: new Float64Array(count),
    dates: new Array<string | null>(count),
  };
  network.relations.forEach((relation, i) => {
    packed.relationIds[i] = relation.id;
    packed.types[i] = relation.type;
    packed.sources[i] = actorIndex.get(relation.source) ?? -1;
    packed.targets[i] = actorIndex.get(relation.target) ?? -1;
    packed.directed[i] = isDirected(relation) ? 1 : 0;
    packed.weights[i] = relationEvidenceWeight(relation);
    packed.dates[i] = relation.date ?? relation.start ?? relation.end ?? null;
  });
  return packed;
}

/** The buffers to transfer with a LoadMessage. */
export function packedTransfer(network: PackedNetwork): Transferable[] {
  return [network.sources.buffer, network.targets.buffer, network.directed.buffer, network.weights.buffer];
}

/** Index look-ups for packing a view's ids; built once per network. */
export function idIndex(ids: readonly string[]): ReadonlyMap<string, number> {
  return new Map(ids.map((id, i) => [id, i]));
}

/** The ids of `set` as indices, in the set's order; ids the network does not have are left out. */
export function packIds(set: ReadonlySet<string>, index: ReadonlyMap<string, number>): PackedIds {
  const out = new Int32Array(set.size);
  let n = 0;
  for (const id of set) {
    const i = index.get(id);
    if (i !== undefined) out[n++] = i;
  }
  return n === out.length ? out : out.slice(0, n);
}

/** The ids back from their indices, as a Set in the packed order. */
export function unpackIds(packed: PackedIds, ids: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (let k = 0; k < packed.length; k++) set.add(ids[packed[k]]);
  return set;
}
