/**
 * The layout a file brought: a network whose every actor has a position (GEXF
 * `viz:position`, GraphML or yEd x/y, graphology JSON x/y, this app's bundle) is shown as
 * its author laid it out, and that picture can be restored after a layout has moved it.
 */
import type { NetworkActor } from '../data/network';
import type { ActorGraph } from './build-graph';

export type FilePositions = ReadonlyMap<string, { x: number; y: number }>;

/** Every actor's position from the file, or null when any actor has none (the network is laid out). */
export function filePositionsOf(actors: readonly NetworkActor[]): FilePositions | null {
  if (actors.length === 0) return null;
  const positions = new Map<string, { x: number; y: number }>();
  for (const actor of actors) {
    if (!Number.isFinite(actor.x) || !Number.isFinite(actor.y)) return null;
    positions.set(actor.id, { x: actor.x as number, y: actor.y as number });
  }
  return positions;
}

/** Puts every node back where the file had it, in one update (one event for the renderer). */
export function restorePositions(graph: ActorGraph, positions: FilePositions): void {
  graph.updateEachNodeAttributes(
    (node, attributes) => {
      const position = positions.get(node);
      if (position) {
        attributes.x = position.x;
        attributes.y = position.y;
      }
      return attributes;
    },
    { attributes: ['x', 'y'] },
  );
}
