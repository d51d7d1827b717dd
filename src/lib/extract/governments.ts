/**
 * "The Trump administration", "the Petro government", "his government": a person's name
 * (or a pronoun resolved to them) before "government" or "administration" stands for the
 * state that person leads, not the person. The state is the one the article gives the
 * person by title ("US President Donald Trump"); without one the mention is left alone.
 */
import type { Mention } from './types';

const GOVERNMENT_AFTER = /^(?:[’']s)?\s+(?:government|administration|cabinet|regime)\b/iu;

/** The mentions with each "<person> government" read as a mention of the person's state. */
export function governmentsAsStates(
  text: string,
  mentions: readonly Mention[],
  states: ReadonlyMap<string, ReadonlySet<string>>,
): Mention[] {
  return mentions.map((mention) => {
    const own = mention.actor ? states.get(mention.actor) : undefined;
    if (!own || own.size !== 1) return mention;
    const after = GOVERNMENT_AFTER.exec(text.slice(mention.end, mention.end + 24));
    if (!after) return mention;
    const [state] = own;
    const end = mention.end + after[0].length;
    return { ...mention, end, text: text.slice(mention.start, end), actor: state, candidates: [state] };
  });
}
