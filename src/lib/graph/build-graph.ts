/**
 * Dataset → the one long-lived graphology MultiGraph the app draws. Built once per
 * dataset; filters, highlights and the appearance never rebuild it, they only change what
 * reducers read. The graph holds structure, labels and positions; what colours and sizes
 * actors and relations is chosen by the appearance layer and applied by the renderer.
 */
import { MultiGraph } from 'graphology';
import { indexParallelEdgesIndex, DEFAULT_EDGE_CURVATURE } from '@sigma/edge-curve';
import type { Network, NetworkActor } from '../data/network';
import { isDirected } from '../vocabulary/relation-types';
import { nodeSizeForDegree } from '../appearance/sizes';
import { seededPosition } from './seeded-positions';

export interface NodeAttributes {
  label: string;
  kind: string;
  x: number;
  y: number;
  /**
   * The size the layout keeps dots apart by (noverlap), from the number of relations; the
   * drawn size is the appearance's.
   */
  size: number;
  /** Number of relations of this actor in the whole dataset. */
  degree: number;
}

export interface EdgeAttributes {
  /** The relation type id. Never `type`: sigma reads `type` to choose an edge program. */
  relation: string;
  /**
   * Sigma edge program: curved when the pair has several relations, straight otherwise
   * (the curve program draws nothing at zero curvature); with an arrow head when directed.
   */
  type: EdgeProgram;
  directed: boolean;
  curvature: number;
  parallelIndex?: number | null;
  parallelMinIndex?: number | null;
  parallelMaxIndex?: number | null;
}

export type EdgeProgram = 'curved' | 'curvedArrow' | 'curvedDashed' | 'curvedDashedArrow' | 'line' | 'arrow';

export function edgeProgram(directed: boolean, curvature: number): EdgeProgram {
  if (curvature === 0) return directed ? 'arrow' : 'line';
  return directed ? 'curvedArrow' : 'curved';
}

export type ActorGraph = MultiGraph<NodeAttributes, EdgeAttributes>;

/**
 * Curvature for the `index`-th of several parallel edges (sigma's parallel-edge index:
 * symmetric around 0 when all go one way, 1..max when both directions exist, null when
 * alone). The amplitude grows with the number of edges but saturates, so a pair with many
 * relations fans out without curves flying off the screen.
 */
export function parallelCurvature(index: number | null | undefined, maxIndex: number | null | undefined): number {
  if (typeof index !== 'number' || typeof maxIndex !== 'number' || maxIndex <= 0) return 0;
  if (index < 0) return -parallelCurvature(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

/** Spreads parallel relations between the same two actors over separate curves. */
export function assignCurvatures(graph: ActorGraph): void {
  indexParallelEdgesIndex(graph, {
    edgeIndexAttribute: 'parallelIndex',
    edgeMinIndexAttribute: 'parallelMinIndex',
    edgeMaxIndexAttribute: 'parallelMaxIndex',
  });
  graph.forEachEdge((edge, attributes) => {
    const curvature = parallelCurvature(attributes.parallelIndex, attributes.parallelMaxIndex);
    graph.mergeEdgeAttributes(edge, { curvature, type: edgeProgram(attributes.directed, curvature) });
  });
}

export function actorNodeAttributes(actor: NetworkActor): Omit<NodeAttributes, 'degree' | 'size'> {
  const position =
    Number.isFinite(actor.x) && Number.isFinite(actor.y)
      ? { x: actor.x as number, y: actor.y as number }
      : seededPosition(actor.id);
  return { label: actor.label, kind: actor.kind, ...position };
}

/** A graph with nothing in it yet, of the kind buildGraph makes. */
export function emptyActorGraph(): ActorGraph {
  return new MultiGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: false });
}

export function buildGraph(dataset: Pick<Network, 'actors' | 'relations'>): ActorGraph {
  const graph = emptyActorGraph();
  for (const actor of dataset.actors) {
    graph.addNode(actor.id, { ...actorNodeAttributes(actor), degree: 0, size: nodeSizeForDegree(0) });
  }
  for (const relation of dataset.relations) {
    const directed = isDirected(relation);
    graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, {
      relation: relation.type,
      type: edgeProgram(directed, 0),
      directed,
      curvature: 0,
    });
  }
  graph.forEachNode((node) => {
    const degree = graph.degree(node);
    graph.mergeNodeAttributes(node, { degree, size: nodeSizeForDegree(degree) });
  });
  assignCurvatures(graph);
  return graph;
}
