/**
 * Blocs: groups of actors who work together. Louvain community detection runs on the
 * cooperative relations only (allied, supported, cooperated, negotiated, met — the vocabulary's
 * `cooperative` polarity), so a bloc is a set of actors tied by cooperation, not merely a dense
 * area where enemies quarrel. Computed once on the whole network (not the filtered view), with a
 * seeded random source, so the same data always gives the same blocs and colours stay put while
 * filtering. Also builds the matrix of cooperative and hostile relations between blocs.
 * Pure: no DOM, no rune state; safe in a worker.
 */
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { NetworkActor, NetworkRelation } from '../data/network';
import { seededRandom } from '../graph/seeded-positions';
import { formatNumber } from '../i18n/format';
import { m } from '../i18n/generated/messages.js';
import type { Locale } from '../i18n/locale';
import { polarityOf } from '../vocabulary/relation-types';

/** Prefix of bloc category ids (`bloc:<central actor id>`). */
export const BLOC_PREFIX = 'bloc:';

/** The seed used when none is given. */
export const DEFAULT_BLOC_SEED = 20_260_601;

/** One bloc: its stable id, the member it is named after, and its members. */
export interface Bloc {
  /** `bloc:<central actor id>`: stable while the central actor stays central. */
  id: string;
  /** The member with the highest weighted cooperative degree (ties: label, then id). */
  centralId: string;
  centralLabel: string;
  /** Member actor ids, in the network's actor order. */
  members: string[];
}

export interface Blocs {
  /** Largest first; equal sizes by the central member's label, then id. */
  blocs: Bloc[];
  /** The bloc id of each actor that has a cooperative relation; others belong to no bloc. */
  blocOf: ReadonlyMap<string, string>;
}

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
): UndirectedGraph<Record<string, never>, { weight: number }> {
  const known = new Set(actors.map((actor) => actor.id));
  const weights = new Map<string, Map<string, number>>();
  for (const relation of relations) {
    const { source, target } = relation;
    if (source === target || polarityOf(relation.type) !== 'cooperative') continue;
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
  const graph = cooperativeGraph(network.actors, network.relations);
  if (graph.order === 0) return { blocs: [], blocOf: new Map() };
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
  return { blocs, blocOf };
}

function weightedDegree(graph: UndirectedGraph<Record<string, never>, { weight: number }>, node: string): number {
  let sum = 0;
  graph.forEachEdge(node, (_edge, attributes) => (sum += attributes.weight));
  return sum;
}

/** A bloc's name in words: "Bloc of Gustavo Petro" / "Bloque de Gustavo Petro". */
export function blocName(bloc: Pick<Bloc, 'centralLabel'>, locale?: Locale): string {
  return m.analysis_bloc_name({ name: bloc.centralLabel }, locale ? { locale } : undefined);
}

/** A bloc's name with its size: "Bloc of Gustavo Petro (12 actors)". */
export function blocNameWithSize(bloc: Pick<Bloc, 'centralLabel' | 'members'>, locale: Locale): string {
  const count = bloc.members.length;
  return m.analysis_bloc_name_size(
    { name: bloc.centralLabel, count, countText: formatNumber(count, locale) },
    { locale },
  );
}

/** Names by bloc id, for the legend (its categories are bloc ids). */
export function blocNames(blocs: Blocs, locale?: Locale): Map<string, string> {
  return new Map(blocs.blocs.map((bloc) => [bloc.id, blocName(bloc, locale)]));
}

/** The relations between two blocs (or within one, on the diagonal), by polarity. */
export interface BlocCell {
  cooperative: string[];
  hostile: string[];
}

export interface BlocMatrix {
  /** The blocs of the rows and columns, in the same order. */
  blocs: Bloc[];
  /**
   * `cells[i][j]` holds the visible relations between blocs i and j, whichever the direction;
   * symmetric (`cells[i][j]` and `cells[j][i]` are the same object). Structural ties are left out.
   */
  cells: BlocCell[][];
  /** Blocs left out because only the `limit` largest are shown. */
  omitted: number;
}

/** How many blocs the matrix shows by default: more would not fit a panel. */
export const BLOC_MATRIX_LIMIT = 12;

/**
 * Counts of cooperative and hostile relations between the `limit` largest blocs, among the
 * relations whose id is in `visibleRelations`. Relations with an end outside these blocs are
 * not counted.
 */
export function blocMatrix(
  blocs: Blocs,
  relations: readonly Pick<NetworkRelation, 'id' | 'source' | 'target' | 'type'>[],
  visibleRelations: ReadonlySet<string>,
  limit = BLOC_MATRIX_LIMIT,
): BlocMatrix {
  const shown = blocs.blocs.slice(0, Math.max(0, limit));
  const index = new Map(shown.map((bloc, i) => [bloc.id, i]));
  const cells: BlocCell[][] = shown.map(() => []);
  for (let i = 0; i < shown.length; i++) {
    for (let j = i; j < shown.length; j++) {
      const cell = { cooperative: [], hostile: [] };
      cells[i][j] = cell;
      cells[j][i] = cell;
    }
  }
  for (const relation of relations) {
    if (!visibleRelations.has(relation.id)) continue;
    const polarity = polarityOf(relation.type);
    if (polarity !== 'cooperative' && polarity !== 'hostile') continue;
    const sourceBloc = blocs.blocOf.get(relation.source);
    const targetBloc = blocs.blocOf.get(relation.target);
    if (sourceBloc === undefined || targetBloc === undefined) continue;
    const i = index.get(sourceBloc);
    const j = index.get(targetBloc);
    if (i === undefined || j === undefined) continue;
    cells[i][j][polarity].push(relation.id);
  }
  return { blocs: shown, cells, omitted: blocs.blocs.length - shown.length };
}
