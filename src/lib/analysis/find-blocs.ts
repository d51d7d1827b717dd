/**
 * Finding blocs: Louvain community detection on the cooperative relations only (allied,
 * supported, cooperated, negotiated, met — the vocabulary's `cooperative` polarity), so a bloc
 * is a set of actors tied by cooperation, not merely a dense area where enemies quarrel.
 * A network without any of the vocabulary's types (an opened file whose edges are plain
 * links) is grouped on all its relations instead, and says so (`basis`).
 * Computed once on the whole network (not the filtered view), with a seeded random source, so
 * the same data always gives the same blocs and colours stay put while filtering. Loaded with
 * the analysis (analysis-compute.ts, or the worker), not in the page's first script.
 */
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { NetworkActor, NetworkRelation } from '../data/network';
import { seededRandom } from '../graph/seeded-positions';
import { polarityOf } from '../vocabulary/relation-types';
import { BLOC_PREFIX, type Bloc, type Blocs } from './blocs';

/** The seed used when none is given. */
export const DEFAULT_BLOC_SEED = 20_260_601;

export interface BlocOptions {
  seed?: number;
  /** Louvain resolution; above 1 gives more, smaller blocs. */
  resolution?: number;
}

/**
 * The cooperative graph: a simple undirected graph over actors with at least one cooperative
 * relation to another actor, an edge's `weight` being the number of cooperative relations
 * between the pair (either direction). Self-loops are left out.
 */
export function cooperativeGraph(
  actors: readonly Pick<NetworkActor, 'id'>[],
  relations: readonly Pick<NetworkRelation, 'source' | 'target' | 'type'>[],
  counts: (type: string) => boolean = (type) => polarityOf(type) === 'cooperative',
): UndirectedGraph<Record<string, never>, { weight: number }> {
  const known = new Set(actors.map((actor) => actor.id));
  const weights = new Map<string, Map<string, number>>();
  for (const relation of relations) {
    const { source, target } = relation;
    if (source === target || !counts(relation.type)) continue;
    if (!known.has(source) || !known.has(target)) continue;
    const [a, b] = source < target ? [source, target] : [target, source];
    let row = weights.get(a);
    if (!row) weights.set(a, (row = new Map()));
    row.set(b, (row.get(b) ?? 0) + 1);
  }
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  const linked = new Set<string>();
  for (const [a, row] of weights) {
    linked.add(a);
    for (const b of row.keys()) linked.add(b);
  }
  // Nodes in actor order, so Louvain visits them in an order that depends only on the data.
  for (const actor of actors) if (linked.has(actor.id)) graph.addNode(actor.id);
  for (const [a, row] of weights) for (const [b, weight] of row) graph.addEdge(a, b, { weight });
  return graph;
}

const byLabelThenId = (a: { label: string; id: string }, b: { label: string; id: string }) =>
  a.label < b.label ? -1 : a.label > b.label ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Blocs of the network: Louvain on the cooperative graph, seeded. */
export function computeBlocs(
  network: { actors: readonly Pick<NetworkActor, 'id' | 'label'>[]; relations: readonly NetworkRelation[] },
  options: BlocOptions = {},
): Blocs {
  // A network whose relation types say nothing of cooperation (an opened file's "link"s) is
  // grouped on all its relations; one that has the vocabulary's types, on cooperation only.
  const basis = network.relations.some((relation) => polarityOf(relation.type) !== null) ? 'cooperative' : 'all';
  const graph = cooperativeGraph(network.actors, network.relations, basis === 'all' ? () => true : undefined);
  if (graph.order === 0) return { blocs: [], blocOf: new Map(), basis };
  const communities = louvain(graph, {
    getEdgeWeight: 'weight',
    rng: seededRandom(options.seed ?? DEFAULT_BLOC_SEED),
    resolution: options.resolution ?? 1,
  });
  const groups = new Map<number, string[]>();
  for (const actor of network.actors) {
    const community = communities[actor.id];
    if (community === undefined) continue;
    let members = groups.get(community);
    if (!members) groups.set(community, (members = []));
    members.push(actor.id);
  }
  const labels = new Map(network.actors.map((actor) => [actor.id, actor.label]));
  const blocs: Bloc[] = [];
  for (const members of groups.values()) {
    let best: { id: string; label: string; degree: number } | null = null;
    for (const id of members) {
      const candidate = { id, label: labels.get(id) ?? id, degree: weightedDegree(graph, id) };
      if (
        !best ||
        candidate.degree > best.degree ||
        (candidate.degree === best.degree && byLabelThenId(candidate, best) < 0)
      ) {
        best = candidate;
      }
    }
    if (best) blocs.push({ id: BLOC_PREFIX + best.id, centralId: best.id, centralLabel: best.label, members });
  }
  blocs.sort(
    (a, b) =>
      b.members.length - a.members.length ||
      byLabelThenId({ label: a.centralLabel, id: a.centralId }, { label: b.centralLabel, id: b.centralId }),
  );
  const blocOf = new Map<string, string>();
  for (const bloc of blocs) for (const id of bloc.members) blocOf.set(id, bloc.id);
  return { blocs, blocOf, basis };
}

function weightedDegree(graph: UndirectedGraph<Record<string, never>, { weight: number }>, node: string): number {
  let sum = 0;
  graph.forEachEdge(node, (_edge, attributes) => (sum += attributes.weight));
  return sum;
}
