/** Small hand-made networks for the appearance tests: actors, relations, degrees and the default choice. */
import type { Network, NetworkActor, NetworkRelation } from '../../../src/lib/data/network';
import type { AppearanceChoice } from '../../../src/lib/appearance';

export const DEFAULT: AppearanceChoice = { nodeColor: 'kind', nodeSize: 'degree', edgeColor: 'type' };

export function degreesOf(network: Pick<Network, 'relations'>): Map<string, number> {
  const degrees = new Map<string, number>();
  for (const { source, target } of network.relations) {
    degrees.set(source, (degrees.get(source) ?? 0) + 1);
    degrees.set(target, (degrees.get(target) ?? 0) + 1);
  }
  return degrees;
}

export function actor(id: string, extra: Partial<NetworkActor> = {}): NetworkActor {
  return { id, label: id, kind: 'person', aliases: [], ...extra };
}

export function relation(
  id: string,
  source: string,
  target: string,
  extra: Partial<NetworkRelation> = {},
): NetworkRelation {
  return { id, source, target, type: 'met', evidence: [], ...extra };
}
