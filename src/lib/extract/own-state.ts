/**
 * A person and their own state are rarely the two parties of anything but membership: in
 * "Colombian President Gustavo Petro met Trump", Colombia is Petro's title, not whom he met.
 * The states a person holds a title of in the article ("Colombian President Gustavo Petro",
 * "US President Donald Trump") are read once, and any other suggestion between that person
 * and that state is dropped as a misreading of the title.
 */
import type { KnownActor, Mention, Suggestion } from './types';
import { titleState } from './demonyms';

const KEPT_TYPES = new Set(['member-of', 'appointed']);

/**
 * Each person's states by title, over the whole article and the person's own names (an
 * actor known as "US President Donald Trump" is American wherever the article says "Trump").
 */
export function ownStates(mentions: readonly Mention[], actors: readonly KnownActor[]): Map<string, Set<string>> {
  const states = new Map<string, Set<string>>();
  const names: Mention[] = actors
    .filter((actor) => actor.kind === 'person')
    .flatMap((actor) =>
      [actor.label, ...actor.aliases].map((name) => ({
        start: 0,
        end: name.length,
        text: name,
        actor: actor.id,
        candidates: [actor.id],
        ambiguous: false,
        resolvedBy: 'name' as const,
      })),
    );
  for (const mention of [...names, ...mentions]) {
    if (!mention.actor || (mention.resolvedBy !== 'name' && mention.resolvedBy !== 'context')) continue;
    const titled = titleState(mention, actors);
    if (!titled) continue;
    let set = states.get(mention.actor);
    if (!set) states.set(mention.actor, (set = new Set()));
    set.add(titled.state);
  }
  return states;
}

/** The suggestions without those relating a person to their own state other than as member. */
export function withoutOwnState(
  suggestions: readonly Suggestion[],
  states: ReadonlyMap<string, ReadonlySet<string>>,
): Suggestion[] {
  const isOwn = (person: string, state: string) => states.get(person)?.has(state) ?? false;
  return suggestions.filter(
    (suggestion) =>
      KEPT_TYPES.has(suggestion.type) ||
      !(isOwn(suggestion.source, suggestion.target) || isOwn(suggestion.target, suggestion.source)),
  );
}
