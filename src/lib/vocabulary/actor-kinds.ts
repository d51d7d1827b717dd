/**
 * The fixed vocabulary of actor kinds: id, colour and order, defined once. The schema
 * validates against the ids, the appearance colours by them, the filters and the legend
 * list them in this order; their labels are messages in the catalogue (`kind_<id>`).
 * Kept apart from the schema so that code which only needs the list does not pull the
 * validator into the first view.
 */
export const ACTOR_KINDS = ['person', 'state', 'armed-group', 'party', 'organization', 'institution'] as const;

export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface ActorKindInfo {
  id: ActorKind;
  /** Dot colour, from Paul Tol's bright palette (colour-blind safe). */
  color: string;
  order: number;
}

const COLORS: Record<ActorKind, string> = {
  person: '#4477AA',
  state: '#228833',
  'armed-group': '#EE6677',
  party: '#CCBB44',
  organization: '#66CCEE',
  institution: '#AA3377',
};

export const ACTOR_KIND_INFO: Readonly<Record<ActorKind, ActorKindInfo>> = Object.fromEntries(
  ACTOR_KINDS.map((id, order) => [id, { id, order, color: COLORS[id] }]),
) as Record<ActorKind, ActorKindInfo>;

export function isActorKind(value: string): value is ActorKind {
  return Object.hasOwn(ACTOR_KIND_INFO, value);
}

/** Order of kinds in lists: the vocabulary's, then any other kind by id. */
export function compareActorKinds(a: string, b: string): number {
  const rankA = isActorKind(a) ? ACTOR_KIND_INFO[a].order : ACTOR_KINDS.length;
  const rankB = isActorKind(b) ? ACTOR_KIND_INFO[b].order : ACTOR_KINDS.length;
  return rankA - rankB || (a < b ? -1 : a > b ? 1 : 0);
}
