/**
 * The analysis worker's logic, with the worker's globals passed in so that it runs (and is
 * tested) anywhere: `handleAnalysisMessage(state, message, post)` takes one page message.
 * A 'load' unpacks the network once, and builds the graphology graph that path search walks
 * in a task of its own just after (blocs and metrics do not need it; the first path request
 * would otherwise pay for it). Requests queue and run one per
 * scheduled task, so a 'cancel' or a new 'load' gets through between two requests: a queued
 * request that is cancelled never runs. A running computation is not interrupted (the pure
 * functions are synchronous; each stays within the budgets, 2 s at most on 10k / 30k);
 * the page drops its answer. Betweenness reports its progress while it runs.
 */
import type { NetworkActor, NetworkRelation } from '../data/network';
import { MultiGraph } from 'graphology';
import type { ActorGraph, EdgeAttributes, NodeAttributes } from '../graph/build-graph';
import { computeBlocs } from './find-blocs';
import { computeMetrics, type MetricsOptions } from './metrics';
import { explainNoConnection, findConnections, type ConnectionInput } from './paths';
import {
  metricsTransfer,
  packMetrics,
  unpackIds,
  type AnalysisAnswer,
  type AnalysisRequest,
  type FromAnalysisWorker,
  type PackedNetwork,
  type RequestMessage,
  type ToAnalysisWorker,
} from './analysis-protocol';

/** The network as the pure functions read it, rebuilt from the packed form. */
export interface UnpackedNetwork {
  packed: PackedNetwork;
  actors: NetworkActor[];
  /** Evidence is not sent: each relation's `weight` is its evidence weight, which metrics reads alike. */
  relations: NetworkRelation[];
  relationsById: Map<string, NetworkRelation>;
  graph: ActorGraph | null;
}

export interface AnalysisWorkerState {
  networkId: number | null;
  network: UnpackedNetwork | null;
  queue: RequestMessage[];
  /** Whether a drain task is scheduled. */
  scheduled: boolean;
  /** Runs `task` soon, after pending messages (a MessageChannel in the worker). */
  schedule(task: () => void): void;
  /** Options passed to computeMetrics (tests and the bench lower the sampling threshold). */
  metricsOptions: Omit<MetricsOptions, 'onProgress'>;
}

/** Posts a message to the page, transferring `transfer` (the worker's postMessage). */
export type AnalysisPost = (message: FromAnalysisWorker, transfer?: Transferable[]) => void;

/** Least share of progress between two progress messages. */
const PROGRESS_STEP = 0.05;

export function createAnalysisState(
  schedule: (task: () => void) => void,
  metricsOptions: Omit<MetricsOptions, 'onProgress'> = {},
): AnalysisWorkerState {
  return { networkId: null, network: null, queue: [], scheduled: false, schedule, metricsOptions };
}

/** The packed network as actors, relations and look-ups (see UnpackedNetwork). */
export function unpackNetwork(packed: PackedNetwork): UnpackedNetwork {
  const actors: NetworkActor[] = packed.actorIds.map((id, i) => ({
    id,
    label: packed.actorLabels[i],
    kind: packed.actorKinds[i],
    aliases: [],
  }));
  const relations: NetworkRelation[] = packed.relationIds.map((id, i) => {
    const relation: NetworkRelation = {
      id,
      source: packed.actorIds[packed.sources[i]],
      target: packed.actorIds[packed.targets[i]],
      type: packed.types[i],
      evidence: [],
      directed: packed.directed[i] === 1,
      weight: packed.weights[i],
    };
    const date = packed.dates[i];
    if (date !== null) relation.date = date;
    return relation;
  });
  return { packed, actors, relations, relationsById: new Map(relations.map((r) => [r.id, r])), graph: null };
}

/**
 * The graph path search walks: the page's graph structure (actors, then relations, in the
 * network's order, as buildGraph adds them) with only what the search reads. Not buildGraph
 * itself, which would bring sigma's edge-curve code (and its WebGL constants) into the worker.
 */
function graphOf(network: UnpackedNetwork): ActorGraph {
  if (network.graph) return network.graph;
  const graph: ActorGraph = new MultiGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: false });
  for (const actor of network.actors) {
    graph.addNode(actor.id, { label: actor.label, kind: actor.kind, x: 0, y: 0, size: 1, degree: 0 });
  }
  for (const relation of network.relations) {
    const directed = relation.directed === true;
    const type = directed ? 'arrow' : 'line';
    graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, {
      relation: relation.type,
      type,
      directed,
      curvature: 0,
    });
  }
  network.graph = graph;
  return graph;
}

function answer(
  network: UnpackedNetwork,
  request: AnalysisRequest,
  state: AnalysisWorkerState,
  report: (f: number) => void,
): AnalysisAnswer {
  const { packed } = network;
  const input = (from: string, to: string): ConnectionInput => ({
    graph: graphOf(network),
    relations: network.relationsById,
    from,
    to,
  });
  switch (request.kind) {
    case 'blocs':
      return { kind: 'blocs', blocs: computeBlocs(network) };
    case 'metrics': {
      const nodes = unpackIds(request.visibleActors, packed.actorIds);
      const edges = unpackIds(request.visibleRelations, packed.relationIds);
      const metrics = computeMetrics(network.relations, nodes, edges, { ...state.metricsOptions, onProgress: report });
      return { kind: 'metrics', metrics: packMetrics(metrics, request.visibleActors, packed.actorIds) };
    }
    case 'connections': {
      const visible = request.visibleRelations ? unpackIds(request.visibleRelations, packed.relationIds) : null;
      return {
        kind: 'connections',
        connections: findConnections(input(request.from, request.to), visible, request.options),
      };
    }
    case 'explain': {
      const visibility = {
        byFilters: unpackIds(request.byFilters, packed.relationIds),
        byTime: unpackIds(request.byTime, packed.relationIds),
      };
      const explanation = explainNoConnection(input(request.from, request.to), visibility, request.options);
      return { kind: 'explain', explanation };
    }
  }
}

function run(state: AnalysisWorkerState, message: RequestMessage, post: AnalysisPost): void {
  const { requestId } = message;
  const network = state.network;
  if (!network || message.networkId !== state.networkId) {
    post({ type: 'error', requestId, error: { code: 'stale-network' } });
    return;
  }
  let reported = 0;
  const report = (fraction: number) => {
    if (fraction < 1 && fraction - reported < PROGRESS_STEP) return;
    reported = fraction;
    post({ type: 'progress', requestId, fraction });
  };
  try {
    const result = answer(network, message.request, state, report);
    post(
      { type: 'result', requestId, answer: result },
      result.kind === 'metrics' ? metricsTransfer(result.metrics) : [],
    );
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    post({ type: 'error', requestId, error: { code: 'failed', params: { detail } } });
  }
}

function drain(state: AnalysisWorkerState, post: AnalysisPost): void {
  if (state.scheduled || state.queue.length === 0) return;
  state.scheduled = true;
  state.schedule(() => {
    state.scheduled = false;
    const next = state.queue.shift();
    if (next) run(state, next, post);
    drain(state, post);
  });
}

/** Takes one message from the page; answers through `post`, now or in later scheduled tasks. */
export function handleAnalysisMessage(state: AnalysisWorkerState, message: ToAnalysisWorker, post: AnalysisPost): void {
  switch (message.type) {
    case 'load': {
      const network = unpackNetwork(message.network);
      state.network = network;
      state.networkId = message.networkId;
      post({ type: 'loaded', networkId: message.networkId });
      // The graph path search walks is built in a task of its own while the page looks, so
      // that the first "Find connections" does not pay for it (about 200 ms at 30k relations).
      state.schedule(() => {
        if (state.network === network) graphOf(network);
      });
      break;
    }
    case 'request':
      state.queue.push(message);
      drain(state, post);
      break;
    case 'cancel': {
      const at = state.queue.findIndex((queued) => queued.requestId === message.requestId);
      if (at >= 0) {
        state.queue.splice(at, 1);
        post({ type: 'error', requestId: message.requestId, error: { code: 'cancelled' } });
      }
      break;
    }
  }
}
