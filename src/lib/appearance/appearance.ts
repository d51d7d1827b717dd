/**
 * The appearance as state: what colours the dots, what sizes them, what colours the lines.
 * A choice is three option ids, small enough to live in the URL (`color=`, `size=`,
 * `edgecolor=`); the options on offer depend on the network (its attributes, whether the file
 * gave colours) and on what later work adds (blocs, centrality measures), so they are listed,
 * not hard-wired. The words shown for built-in ids come from the message catalogue; this
 * module never produces user-facing text.
 */
import type { Network, NetworkActor } from '../data/network';
import { describeEdgeAttributes, describeNodeAttributes } from './attributes';

/** The three appearance decisions, as option ids (see AppearanceOption). */
export interface AppearanceChoice {
  /** `'kind'`, `'file'` (the file's own colours) or `'attr:<name>'`, or an extra option's id. */
  nodeColor: string;
  /** `'degree'` or `'attr:<name>'` (a numeric attribute), or an extra option's id. */
  nodeSize: string;
  /** `'type'` or `'attr:<name>'` (a categorical relation attribute), or an extra option's id. */
  edgeColor: string;
}

export type AppearanceAspect = keyof AppearanceChoice;

/** One entry of an appearance menu. */
export interface AppearanceOption {
  id: string;
  /** Built-in ids are named by the message catalogue; attribute options show `name` as is. */
  kind: 'builtin' | 'attribute';
  /** The attribute's name, for attribute options. */
  name?: string;
}

export interface AppearanceOptions {
  nodeColor: AppearanceOption[];
  nodeSize: AppearanceOption[];
  edgeColor: AppearanceOption[];
}

/** Options added by other features (`'bloc'`, `'betweenness'`, …), per menu. */
export type ExtraAppearanceOptions = Partial<Record<AppearanceAspect, readonly AppearanceOption[]>>;

/** The URL parameters of the appearance. */
export type AppearanceParam = 'color' | 'size' | 'edgecolor';

/** The URL parameter of each aspect. */
export const APPEARANCE_PARAMS: Readonly<Record<AppearanceAspect, AppearanceParam>> = {
  nodeColor: 'color',
  nodeSize: 'size',
  edgeColor: 'edgecolor',
};

const ASPECTS: readonly AppearanceAspect[] = ['nodeColor', 'nodeSize', 'edgeColor'];

/** Prefix of the ids of attribute options. */
export const ATTRIBUTE_PREFIX = 'attr:';

/** The option id of an attribute. */
export function attributeOptionId(name: string): string {
  return ATTRIBUTE_PREFIX + name;
}

/** The attribute an option id names, or undefined for any other id. */
export function attributeOfOption(id: string): string | undefined {
  return id.startsWith(ATTRIBUTE_PREFIX) ? id.slice(ATTRIBUTE_PREFIX.length) : undefined;
}

/** Whether more than half of the actors have a colour from the file. */
export function hasFileColors(actors: readonly Pick<NetworkActor, 'color'>[]): boolean {
  let colored = 0;
  for (const actor of actors) if (actor.color) colored++;
  return actors.length > 0 && colored * 2 > actors.length;
}

function builtin(id: string): AppearanceOption {
  return { id, kind: 'builtin' };
}

function attributeOption(name: string): AppearanceOption {
  return { id: attributeOptionId(name), kind: 'attribute', name };
}

/** Appends options whose id is not listed yet. */
function appendNew(list: AppearanceOption[], options: readonly AppearanceOption[] = []): AppearanceOption[] {
  for (const option of options) if (!list.some((listed) => listed.id === option.id)) list.push(option);
  return list;
}

/**
 * The menus for a network: built-in options first (`kind`, then `file` when most actors have a
 * file colour; `degree`; `type`), then `extra` options, then attributes in first-seen order
 * (categorical ones for colours, numeric ones for size).
 */
export function appearanceOptions(
  network: Pick<Network, 'actors' | 'relations'>,
  extra: ExtraAppearanceOptions = {},
): AppearanceOptions {
  const nodeAttributes = describeNodeAttributes(network.actors);
  const edgeAttributes = describeEdgeAttributes(network.relations);
  const nodeColor = [builtin('kind'), ...(hasFileColors(network.actors) ? [builtin('file')] : [])];
  return {
    nodeColor: appendNew(
      appendNew(nodeColor, extra.nodeColor),
      nodeAttributes.filter((a) => a.categorical).map((a) => attributeOption(a.name)),
    ),
    nodeSize: appendNew(
      appendNew([builtin('degree')], extra.nodeSize),
      nodeAttributes.filter((a) => a.numeric).map((a) => attributeOption(a.name)),
    ),
    edgeColor: appendNew(
      appendNew([builtin('type')], extra.edgeColor),
      edgeAttributes.filter((a) => a.categorical).map((a) => attributeOption(a.name)),
    ),
  };
}

/** The default choice: the file's colours when most actors have one, else kinds; degree; types. */
export function defaultAppearance(network: Pick<Network, 'actors'>): AppearanceChoice {
  return { nodeColor: hasFileColors(network.actors) ? 'file' : 'kind', nodeSize: 'degree', edgeColor: 'type' };
}

/** The default choice among `options` (the same as defaultAppearance of their network). */
export function defaultAppearanceOf(options: AppearanceOptions): AppearanceChoice {
  return {
    nodeColor: options.nodeColor.some((option) => option.id === 'file') ? 'file' : 'kind',
    nodeSize: 'degree',
    edgeColor: 'type',
  };
}

/** A URL value that is not among the options: the parameter and the value, as codes. */
export interface IgnoredAppearanceParam {
  param: AppearanceParam;
  value: string;
}

/** The URL values of the appearance, as URLSearchParams.get returns them. */
export type AppearanceParamValues = Partial<Record<AppearanceParam, string | null>>;

/**
 * The choice the URL asks for. A value that is not an id among `options` is ignored (that
 * aspect keeps its default) and reported; an absent or empty value is the default, unreported.
 */
export function parseAppearance(
  values: AppearanceParamValues,
  options: AppearanceOptions,
): { choice: AppearanceChoice; ignored: IgnoredAppearanceParam[] } {
  const choice = defaultAppearanceOf(options);
  const ignored: IgnoredAppearanceParam[] = [];
  for (const aspect of ASPECTS) {
    const param = APPEARANCE_PARAMS[aspect];
    const value = values[param];
    if (value === undefined || value === null || value === '') continue;
    if (options[aspect].some((option) => option.id === value)) choice[aspect] = value;
    else ignored.push({ param, value });
  }
  return { choice, ignored };
}

/** The URL values for a choice: only the aspects that differ from the default. */
export function appearanceParams(
  choice: AppearanceChoice,
  options: AppearanceOptions,
): Partial<Record<AppearanceParam, string>> {
  const defaults = defaultAppearanceOf(options);
  const params: Partial<Record<AppearanceParam, string>> = {};
  for (const aspect of ASPECTS) {
    if (choice[aspect] !== defaults[aspect]) params[APPEARANCE_PARAMS[aspect]] = choice[aspect];
  }
  return params;
}
