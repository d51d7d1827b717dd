/**
 * The colours the page's lists and swatches use for relation types and actor kinds. The
 * appearance layer makes one per network (fixed colour-blind-safe colours for the
 * vocabulary, generated ones for an imported network's own types and kinds); lists,
 * filters, the timeline and the exporters read it, so a type has one colour everywhere.
 */
import type { Network } from '../data/network';
import { categoryColors } from '../appearance';
import { ACTOR_KINDS, ACTOR_KIND_INFO, RELATION_TYPES, RELATION_TYPE_IDS } from '../vocabulary';
export interface TypePalette {
  relationType(type: string): string;
  actorKind(kind: string): string;
}

const FIXED_TYPE_COLORS = Object.fromEntries(RELATION_TYPE_IDS.map((id) => [id, RELATION_TYPES[id].color]));
const FIXED_KIND_COLORS = Object.fromEntries(ACTOR_KINDS.map((id) => [id, ACTOR_KIND_INFO[id].color]));

function counted(values: Iterable<string>): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count }));
}

/**
 * The network's palette of types and kinds: the vocabulary's fixed colours, and colours
 * generated once (iwanthue, seeded, so the same file always looks the same) for its own.
 */
export function typePaletteFor(network: Pick<Network, 'actors' | 'relations'>): TypePalette {
  const types = categoryColors(counted(network.relations.map((r) => r.type)), {
    fixed: FIXED_TYPE_COLORS,
    seed: 'relation-type',
  });
  const kinds = categoryColors(counted(network.actors.map((a) => a.kind)), { fixed: FIXED_KIND_COLORS, seed: 'kind' });
  return {
    relationType: (type) => types.get(type) ?? FIXED_TYPE_COLORS[type] ?? '#888888',
    actorKind: (kind) => kinds.get(kind) ?? FIXED_KIND_COLORS[kind] ?? '#888888',
  };
}
