/**
 * The fixed vocabulary of actor kinds, apart from the schema so that code which only needs
 * the list (legends, filters) does not pull the validator into the first view.
 */
export const ACTOR_KINDS = ['person', 'state', 'armed-group', 'party', 'organization', 'institution'] as const;

export type ActorKind = (typeof ACTOR_KINDS)[number];
