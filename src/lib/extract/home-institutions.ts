/**
 * Generic names of a country's institutions ("the army", "the military", "Congress") are
 * ambiguous in the actors' list — other countries have them too — yet in news writing they
 * mean the institutions of the country the article is about. An ambiguous name with a
 * single candidate whose own name carries that state ("Colombian armed forces", "Congress
 * of Colombia") is read as it, unless another state qualifies it ("the US military",
 * "Venezuela's army"). Names two actors share stay for the analyst to decide.
 */
import type { KnownActor, Mention } from './types';
import { statesNamedIn } from './demonyms';

/** Words between a qualifying state and the name ("the US military", "Venezuela's own army"). */
const QUALIFIER_GAP = /^(?:[’']s)?(?:\s+[\p{Ll}][\p{L}-]*){0,2}\s+$/u;

/** The mentions with each such ambiguous institution read as the home state's. */
export function homeInstitutions(
  text: string,
  mentions: readonly Mention[],
  actors: readonly KnownActor[],
  home: string | undefined,
): Mention[] {
  if (!home) return [...mentions];
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  const stateIds = new Set(actors.filter((actor) => actor.kind === 'state').map((actor) => actor.id));
  return mentions.map((mention, index) => {
    if (mention.actor !== null || mention.candidates.length !== 1) return mention;
    const candidate = byId.get(mention.candidates[0]);
    if (!candidate || candidate.kind === 'person' || !statesNamedIn(candidate.label, actors).has(home)) return mention;
    const previous = mentions[index - 1];
    const qualified =
      previous?.actor &&
      previous.actor !== home &&
      stateIds.has(previous.actor) &&
      QUALIFIER_GAP.test(text.slice(previous.end, mention.start));
    if (qualified) return mention;
    return { ...mention, actor: candidate.id, resolvedBy: 'context' as const };
  });
}
