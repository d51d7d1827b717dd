/**
 * "Who matters" in the current view: per actor, how many relations it has, how much evidence
 * backs them, how many are cooperative or hostile, its betweenness (how often it lies on the
 * shortest paths between others: a broker) and its PageRank (how much it is tied to actors
 * that are themselves well tied). Computed on what is visible, so a filter changes the answer.
 *
 * Definitions (the view is the visible relations whose two ends are visible actors):
 * - relations: the number of visible relations of the actor (a self-loop counts once);
 * - weighted degree: the number of evidence quotes over those relations, a relation without
 *   evidence counting its `weight` from the file, else 1 (so imported networks still rank);
 * - cooperative / hostile: visible relations of that polarity (vocabulary `polarityOf`);
 * - betweenness and PageRank run on the view projected to a simple undirected graph whose
 *   edge weight is the number of relations between the pair. Betweenness counts hops (the
 *   weight would read as a distance, and more relations do not mean farther apart) and is
 *   normalised to 0…1 (1 for the centre of a star); PageRank uses the weights and sums to 1.
 *   Above {@link SAMPLE_ABOVE} actors betweenness is estimated from a seeded sample of source
 *   actors (Brandes' algorithm from k sources, scaled by n/k) and the result says `sampled`;
 *   graphology-metrics has no sampling option, so the sampled case runs this module's Brandes.
 * Pure: no DOM, no rune state; safe in a worker.
 */
import { relationEvidenceWeight } from './evidence-weight';
import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { NetworkRelation } from '../data/network';
import { seededRandom } from '../graph/seeded-positions';
import { polarityOf } from '../vocabulary/relation-types';

export interface ActorMetrics {
  relations: number;
  weightedDegree: number;
  cooperative: number;
  hostile: number;
  betweenness: number;
  pagerank: number;
}

export interface MetricsResult {
  /** Every visible actor, in the order of `visibleNodes`. */
  byActor: ReadonlyMap<string, ActorMetrics>;
  /** Whether betweenness was estimated from a sample of source actors. */
  sampled: boolean;
  /** How many source actors betweenness was computed from (all visible actors unless sampled). */
  betweennessSources: number;
}

export interface MetricsOptions {
  /** Sample betweenness when more actors than this are visible. */
  sampleAbove?: number;
  /** Source actors in a sample (default: as many as SAMPLE_BUDGET allows, at most BETWEENNESS_SAMPLES). */
  samples?: number;
  seed?: number;
  /**
   * Told how far betweenness is, 0…1, a few times while it runs (each ~5% of the sampled
   * sources; once at the end when exact). Only observes: the result is the same without it.
   */
  onProgress?: (fraction: number) => void;
}

/**
 * Actors above which betweenness is sampled. Exact Brandes costs actors × relations: measured
 * on the generated 10k actors / 30k relations network it took 28 s (this module's Brandes) and
 * 42 s (graphology-metrics), far too long for a view change, so sampling starts well below 10k.
 */
export const SAMPLE_ABOVE = 2_000;
/** At most this many source actors in a betweenness sample. */
export const BETWEENNESS_SAMPLES = 500;
/**
 * Work budget of a sample, in adjacency steps (sources × (actors + 2 × pairs)): bounds the
 * time on very large views, where fewer sources are used (never fewer than MIN_SAMPLES).
 */
export const SAMPLE_BUDGET = 20_000_000;
const MIN_SAMPLES = 50;
const DEFAULT_SEED = 20_260_601;

type SimpleGraph = UndirectedGraph<Record<string, never>, { weight: number }>;

export { relationEvidenceWeight };

/**
 * The visible part of the network as a simple undirected graph: nodes are the visible
 * actors, an edge per pair with visible relations, `weight` the number of them.
 */
export function projectView(
  relations: readonly Pick<NetworkRelation, 'id' | 'source' | 'target'>[],
  visibleNodes: ReadonlySet<string>,
  visibleRelations: ReadonlySet<string>,
): SimpleGraph {
  // Counted in plain maps first: one addEdge per pair is much cheaper than updating attributes.
  const weights = new Map<string, Map<string, number>>();
  for (const relation of relations) {
    const { source, target } = relation;
    if (source === target || !visibleRelations.has(relation.id)) continue;
    if (!visibleNodes.has(source) || !visibleNodes.has(target)) continue;
    const [a, b] = source < target ? [source, target] : [target, source];
    let row = weights.get(a);
    if (!row) weights.set(a, (row = new Map()));
    row.set(b, (row.get(b) ?? 0) + 1);
  }
  const graph: SimpleGraph = new UndirectedGraph();
  for (const id of visibleNodes) graph.addNode(id);
  for (const [a, row] of weights) for (const [b, weight] of row) graph.addEdge(a, b, { weight });
  return graph;
}

/**
 * Betweenness from `sources` only (Brandes, unweighted), scaled by n/k and normalised as
 * graphology-metrics does for undirected graphs, so with every node as a source the two agree.
 * `onProgress` hears the share of sources done about every 5%; it does not change the result.
 */
export function sampledBetweenness(
  graph: SimpleGraph,
  sources: readonly string[],
  onProgress?: (fraction: number) => void,
): Map<string, number> {
  const nodes = graph.nodes();
  const n = nodes.length;
  const index = new Map(nodes.map((node, i) => [node, i]));
  // Compressed adjacency: neighbours of i are adjacency[offsets[i] .. offsets[i + 1]).
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i] + graph.degree(nodes[i]);
  const adjacency = new Int32Array(offsets[n]);
  for (let i = 0; i < n; i++) {
    let at = offsets[i];
    graph.forEachNeighbor(nodes[i], (neighbour) => (adjacency[at++] = index.get(neighbour) ?? 0));
  }
  const centrality = new Float64Array(n);
  const sigma = new Float64Array(n);
  const distance = new Int32Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const reportEvery = Math.max(1, Math.ceil(sources.length / 20));
  let done = 0;
  for (const source of sources) {
    if (onProgress && done > 0 && done % reportEvery === 0) onProgress(done / sources.length);
    done++;
    const s = index.get(source);
    if (s === undefined) continue;
    sigma.fill(0);
    distance.fill(-1);
    delta.fill(0);
    sigma[s] = 1;
    distance[s] = 0;
    order[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++];
      for (let e = offsets[v]; e < offsets[v + 1]; e++) {
        const w = adjacency[e];
        if (distance[w] < 0) {
          distance[w] = distance[v] + 1;
          order[tail++] = w;
        }
        if (distance[w] === distance[v] + 1) sigma[w] += sigma[v];
      }
    }
    for (let k = tail - 1; k > 0; k--) {
      const w = order[k];
      for (let e = offsets[w]; e < offsets[w + 1]; e++) {
        const v = adjacency[e];
        if (distance[v] === distance[w] - 1) delta[v] += (sigma[v] / sigma[w]) * (1 + delta[w]);
      }
      centrality[w] += delta[w];
    }
  }
  const scale = (sources.length > 0 ? n / sources.length : 0) * (n > 2 ? 1 / ((n - 1) * (n - 2)) : 0);
  return new Map(nodes.map((node, i) => [node, centrality[i] * scale]));
}

/** `count` distinct items of `items`, chosen by a seeded shuffle. */
function sample(items: readonly string[], count: number, seed: number): string[] {
  const pool = [...items];
  const random = seededRandom(seed);
  const k = Math.min(count, pool.length);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, k);
}

/** The metrics of every visible actor in the view (see the definitions above). */
export function computeMetrics(
  relations: readonly NetworkRelation[],
  visibleNodes: ReadonlySet<string>,
  visibleRelations: ReadonlySet<string>,
  options: MetricsOptions = {},
): MetricsResult {
  const byActor = new Map<string, ActorMetrics>();
  for (const id of visibleNodes) {
    byActor.set(id, { relations: 0, weightedDegree: 0, cooperative: 0, hostile: 0, betweenness: 0, pagerank: 0 });
  }
  for (const relation of relations) {
    if (!visibleRelations.has(relation.id)) continue;
    const source = byActor.get(relation.source);
    const target = byActor.get(relation.target);
    if (!source || !target) continue;
    const polarity = polarityOf(relation.type);
    const weight = relationEvidenceWeight(relation);
    for (const end of relation.source === relation.target ? [source] : [source, target]) {
      end.relations++;
      end.weightedDegree += weight;
      if (polarity === 'cooperative') end.cooperative++;
      else if (polarity === 'hostile') end.hostile++;
    }
  }
  const graph = projectView(relations, visibleNodes, visibleRelations);
  const n = graph.order;
  if (n === 0) return { byActor, sampled: false, betweennessSources: 0 };

  const sampleAbove = options.sampleAbove ?? SAMPLE_ABOVE;
  const sampled = n > sampleAbove;
  let betweenness: ReadonlyMap<string, number>;
  let betweennessSources = n;
  if (sampled) {
    const affordable = Math.floor(SAMPLE_BUDGET / (n + 2 * graph.size));
    const count = options.samples ?? Math.max(MIN_SAMPLES, Math.min(BETWEENNESS_SAMPLES, affordable));
    const sources = sample(graph.nodes(), count, options.seed ?? DEFAULT_SEED);
    betweennessSources = sources.length;
    betweenness = sampledBetweenness(graph, sources, options.onProgress);
  } else {
    betweenness = new Map(Object.entries(betweennessCentrality(graph, { getEdgeWeight: null, normalized: true })));
  }
  options.onProgress?.(1);
  // PageRank of a graph with no edge is uniform; graphology handles dangling actors that way too.
  const ranks = graph.size === 0 ? null : pagerank(graph, { getEdgeWeight: 'weight' });
  for (const [id, metrics] of byActor) {
    metrics.betweenness = betweenness.get(id) ?? 0;
    metrics.pagerank = ranks ? (ranks[id] ?? 0) : 1 / n;
  }
  return { byActor, sampled, betweennessSources };
}
