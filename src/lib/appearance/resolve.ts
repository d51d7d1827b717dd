/**
 * An appearance choice turned into what the renderer and the legend need: a colour and a size
 * for every actor and relation, the category each falls in (for legend counts), and the legend
 * itself. Runs on the whole network, not on what is visible, so filtering never changes a
 * colour. Each aspect remembers its last result (see remember-last.ts), so changing one choice
 * recomputes only that aspect; generated palettes are remembered too (see palette.ts).
 */
import type { Network, NetworkActor, NetworkRelation } from '../data/network';
import { ACTOR_KINDS, ACTOR_KIND_INFO, compareActorKinds } from '../vocabulary/actor-kinds';
import { RELATION_TYPE_IDS, RELATION_TYPES, compareRelationTypes } from '../vocabulary/relation-types';
import { attributeOfOption, type AppearanceChoice } from './appearance';
import { attributeCategory, attributeNumber } from './attributes';
import { colorByCategory, type CategoryScheme } from './color-by-category';
import type { LegendSpec, SizeLegend } from './legend';
import { rememberLast } from './remember-last';
import { NODE_SIZE_MIN, edgeSizeForEvidence, nodeSizeForDegree, nodeSizeForValue, valueSizeCeiling } from './sizes';

/** Per-record data of options added by other features, by option id. */
export interface AppearanceData {
  /** Category per actor id for extra colour options (e.g. `'bloc'`); actors left out are missing. */
  nodeCategories?: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Number per actor id for extra size options (e.g. `'pagerank'`); actors left out get the smallest dot. */
  nodeValues?: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Category per relation id for extra edge colour options. */
  edgeCategories?: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Colours that never change for an extra option's categories (e.g. compared periods), by option id. */
  fixedColors?: ReadonlyMap<string, Readonly<Record<string, string>>>;
}

/**
 * Colours and sizes of every actor and relation, by id, and the legend. Read-only: an aspect
 * whose choice did not change shares its maps with the previous resolution.
 */
export interface ResolvedAppearance {
  nodeColor: ReadonlyMap<string, string>;
  nodeSize: ReadonlyMap<string, number>;
  edgeColor: ReadonlyMap<string, string>;
  edgeSize: ReadonlyMap<string, number>;
  /** The category each actor falls in for its colour (`''` when missing). */
  nodeColorKey: ReadonlyMap<string, string>;
  /** The category each relation falls in for its colour (`''` when missing). */
  edgeColorKey: ReadonlyMap<string, string>;
  legend: LegendSpec;
}

const KIND_COLORS: Readonly<Record<string, string>> = Object.fromEntries(
  ACTOR_KINDS.map((kind) => [kind, ACTOR_KIND_INFO[kind].color]),
);
const TYPE_COLORS: Readonly<Record<string, string>> = Object.fromEntries(
  RELATION_TYPE_IDS.map((type) => [type, RELATION_TYPES[type].color]),
);

function nodeColorScheme(choice: string, extra?: ReadonlyMap<string, string>): CategoryScheme<NetworkActor> {
  if (choice === 'file') return { choice, categoryOf: (actor) => actor.color?.trim() ?? '', selfColored: true };
  const attribute = attributeOfOption(choice);
  if (attribute !== undefined) {
    return { choice, categoryOf: (actor) => attributeCategory(actor.attributes?.[attribute]) };
  }
  if (extra) return { choice, categoryOf: (actor) => extra.get(actor.id) ?? '' };
  return { choice: 'kind', categoryOf: (actor) => actor.kind, fixed: KIND_COLORS, compare: compareActorKinds };
}

function edgeColorScheme(
  choice: string,
  extra?: ReadonlyMap<string, string>,
  fixed?: Readonly<Record<string, string>>,
): CategoryScheme<NetworkRelation> {
  const attribute = attributeOfOption(choice);
  if (attribute !== undefined) {
    return { choice, categoryOf: (relation) => attributeCategory(relation.attributes?.[attribute]) };
  }
  if (extra) return { choice, categoryOf: (relation) => extra.get(relation.id) ?? '', fixed };
  return { choice: 'type', categoryOf: (relation) => relation.type, fixed: TYPE_COLORS, compare: compareRelationTypes };
}

interface SizedNodes {
  sizes: ReadonlyMap<string, number>;
  legend: SizeLegend;
}

function sizeByDegree(actors: readonly NetworkActor[], degrees: ReadonlyMap<string, number>): SizedNodes {
  const sizes = new Map<string, number>();
  let min = Infinity;
  let max = -Infinity;
  for (const actor of actors) {
    const degree = degrees.get(actor.id) ?? 0;
    if (degree < min) min = degree;
    if (degree > max) max = degree;
    sizes.set(actor.id, nodeSizeForDegree(degree));
  }
  if (actors.length === 0) min = max = 0;
  const legend = { choice: 'degree', min, max, minSize: nodeSizeForDegree(min), maxSize: nodeSizeForDegree(max) };
  return { sizes, legend };
}

function sizeByValue(
  choice: string,
  actors: readonly NetworkActor[],
  valueOf: (actor: NetworkActor) => number | undefined,
  degrees: ReadonlyMap<string, number>,
): SizedNodes {
  let min = Infinity;
  let max = -Infinity;
  let maxDegree = 0;
  for (const actor of actors) {
    const value = valueOf(actor);
    if (value !== undefined && Number.isFinite(value)) {
      if (value < min) min = value;
      if (value > max) max = value;
    }
    const degree = degrees.get(actor.id) ?? 0;
    if (degree > maxDegree) maxDegree = degree;
  }
  if (min > max) min = max = 0;
  const ceiling = valueSizeCeiling(maxDegree);
  const sizes = new Map<string, number>();
  for (const actor of actors) {
    const value = valueOf(actor);
    const present = value !== undefined && Number.isFinite(value);
    sizes.set(actor.id, present ? nodeSizeForValue(value, min, max, ceiling) : NODE_SIZE_MIN);
  }
  const minSize = nodeSizeForValue(min, min, max, ceiling);
  return { sizes, legend: { choice, min, max, minSize, maxSize: nodeSizeForValue(max, min, max, ceiling) } };
}

const colorNodes = rememberLast(
  (actors: readonly NetworkActor[], choice: string, extra: ReadonlyMap<string, string> | undefined) =>
    colorByCategory(actors, nodeColorScheme(choice, extra)),
);

const colorEdges = rememberLast(
  (
    relations: readonly NetworkRelation[],
    choice: string,
    extra: ReadonlyMap<string, string> | undefined,
    fixed: Readonly<Record<string, string>> | undefined,
  ) => colorByCategory(relations, edgeColorScheme(choice, extra, fixed)),
);

const sizeNodes = rememberLast(
  (
    actors: readonly NetworkActor[],
    choice: string,
    degrees: ReadonlyMap<string, number>,
    extra: ReadonlyMap<string, number> | undefined,
  ): SizedNodes => {
    const attribute = attributeOfOption(choice);
    if (attribute !== undefined) {
      const valueOf = (actor: NetworkActor) => attributeNumber(actor.attributes?.[attribute]);
      return sizeByValue(choice, actors, valueOf, degrees);
    }
    if (extra) return sizeByValue(choice, actors, (actor) => extra.get(actor.id), degrees);
    return sizeByDegree(actors, degrees);
  },
);

const sizeEdges = rememberLast((relations: readonly NetworkRelation[]): ReadonlyMap<string, number> => {
  const sizes = new Map<string, number>();
  for (const relation of relations) sizes.set(relation.id, edgeSizeForEvidence(relation.evidence.length));
  return sizes;
});

/**
 * Colours, sizes and legend for `choice`. `degrees` gives each actor's number of relations
 * (missing ids count 0); `data` feeds options added by other features. A choice that cannot be
 * drawn (an unknown id, an extra option without its data) falls back to kinds, degree or
 * types, and the legend names what was drawn. Kinds and types keep the vocabulary's colours,
 * others get generated ones; actors or relations without the chosen value fall in the missing
 * category `''`, drawn MISSING_COLOR and sized smallest.
 */
export function resolveAppearance(
  network: Pick<Network, 'actors' | 'relations'>,
  degrees: ReadonlyMap<string, number>,
  choice: AppearanceChoice,
  data: AppearanceData = {},
): ResolvedAppearance {
  const { actors, relations } = network;
  const nodeColors = colorNodes(actors, choice.nodeColor, data.nodeCategories?.get(choice.nodeColor));
  const nodeSizes = sizeNodes(actors, choice.nodeSize, degrees, data.nodeValues?.get(choice.nodeSize));
  const edgeColors = colorEdges(
    relations,
    choice.edgeColor,
    data.edgeCategories?.get(choice.edgeColor),
    data.fixedColors?.get(choice.edgeColor),
  );
  return {
    nodeColor: nodeColors.colors,
    nodeSize: nodeSizes.sizes,
    edgeColor: edgeColors.colors,
    edgeSize: sizeEdges(relations),
    nodeColorKey: nodeColors.keys,
    edgeColorKey: edgeColors.keys,
    legend: { nodeColor: nodeColors.legend, nodeSize: nodeSizes.legend, edgeColor: edgeColors.legend },
  };
}
