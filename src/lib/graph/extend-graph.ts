/**
 * Adds actors and relations to the long-lived graph in place, as the coding desk accepts
 * them: no rebuild, every existing position kept, a new actor placed next to the actors it
 * is related to (or at its seeded place when it has none yet), degrees and the curves of
 * parallel relations brought up to date. Sigma listens to the graph, so what is added is
 * drawn at once.
 */
import type { NetworkActor, NetworkRelation } from '../data/network';
import { isDirected } from '../vocabulary/relation-types';
import { nodeSizeForDegree } from '../appearance/sizes';
import { actorNodeAttributes, assignCurvatures, edgeProgram, type ActorGraph } from './build-graph';

/** How far from the middle of its neighbours a new actor lands, in graph units per neighbour spread. */
const NEAR = 0.15;

function hash(text: string): number {
  let value = 2166136261;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 16777619);
  return (value >>> 0) / 4294967296;
}

/** Where a new actor goes: beside the actors its new relations join, else its own seeded place. */
function placeNear(graph: ActorGraph, actor: NetworkActor, relations: readonly NetworkRelation[]) {
  const neighbours = relations
    .flatMap((r) => (r.source === actor.id ? [r.target] : r.target === actor.id ? [r.source] : []))
    .filter((id) => graph.hasNode(id));
  if (neighbours.length === 0) return actorNodeAttributes(actor);
  let x = 0;
  let y = 0;
  for (const id of neighbours) {
    x += graph.getNodeAttribute(id, 'x');
    y += graph.getNodeAttribute(id, 'y');
  }
  x /= neighbours.length;
  y /= neighbours.length;
  // Spread relative to the whole picture, so the new dot sits beside, not on, its neighbour.
  let span = 1;
  graph.forEachNode((_node, a) => (span = Math.max(span, Math.abs(a.x), Math.abs(a.y))));
  const angle = hash(actor.id) * 2 * Math.PI;
  const distance = span * NEAR * 0.3;
  return { label: actor.label, kind: actor.kind, x: x + Math.cos(angle) * distance, y: y + Math.sin(angle) * distance };
}

/**
 * Brings the graph in line with a network that differs from it by what the desk added or
 * withdrew: relations and actors no longer there are dropped, new ones added beside their
 * neighbours; everything else, positions included, is left as it is.
 */
export function syncGraph(
  graph: ActorGraph,
  actors: readonly NetworkActor[],
  relations: readonly NetworkRelation[],
): { addedActors: string[]; addedRelations: string[]; dropped: number } {
  const relationIds = new Set(relations.map((r) => r.id));
  const actorIds = new Set(actors.map((a) => a.id));
  let dropped = 0;
  for (const edge of graph.edges()) {
    if (relationIds.has(edge)) continue;
    graph.dropEdge(edge);
    dropped += 1;
  }
  for (const node of graph.nodes()) {
    if (actorIds.has(node)) continue;
    graph.dropNode(node);
    dropped += 1;
  }
  const present = new Set(graph.nodes());
  const added = extendGraph(
    graph,
    actors.filter((a) => !present.has(a.id)),
    relations,
  );
  if (dropped > 0) {
    graph.forEachNode((node) => {
      const degree = graph.degree(node);
      graph.mergeNodeAttributes(node, { degree, size: nodeSizeForDegree(degree) });
    });
    assignCurvatures(graph);
  }
  return { ...added, dropped };
}

/** Adds what is new; actors and relations already in the graph are left as they are. */
export function extendGraph(
  graph: ActorGraph,
  actors: readonly NetworkActor[],
  relations: readonly NetworkRelation[],
): { addedActors: string[]; addedRelations: string[] } {
  const addedActors: string[] = [];
  const addedRelations: string[] = [];
  for (const actor of actors) {
    if (graph.hasNode(actor.id)) continue;
    graph.addNode(actor.id, { ...placeNear(graph, actor, relations), degree: 0, size: nodeSizeForDegree(0) });
    addedActors.push(actor.id);
  }
  for (const relation of relations) {
    if (graph.hasEdge(relation.id) || !graph.hasNode(relation.source) || !graph.hasNode(relation.target)) continue;
    const directed = isDirected(relation);
    graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, {
      relation: relation.type,
      type: edgeProgram(directed, 0),
      directed,
      curvature: 0,
    });
    addedRelations.push(relation.id);
  }
  if (addedRelations.length === 0) return { addedActors, addedRelations };
  for (const node of new Set(addedRelations.flatMap((edge) => graph.extremities(edge)))) {
    const degree = graph.degree(node);
    graph.mergeNodeAttributes(node, { degree, size: nodeSizeForDegree(degree) });
  }
  assignCurvatures(graph);
  return { addedActors, addedRelations };
}
