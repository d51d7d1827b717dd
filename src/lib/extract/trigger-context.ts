/**
 * Readings of a trigger word from its neighbours, before any party is picked: "finance"
 * before "minister" names a post, a capitalised trigger inside a proper name ("UN General
 * Assembly") is no trigger, "led to" is a cause, and an attack only vowed or promised
 * ("promising to quash the rebels") is a threat.
 */
import type { PlacedMention } from './claims';
import type { TriggerMatch } from './lexicon';
import type { Token } from './tokens';

/** Nouns of a post or a body: a trigger right before one names it ("finance minister"). */
const POST_NOUNS = new Set(['minister', 'ministry', 'secretary', 'department', 'commissioner', 'adviser']);
export const namesAPost = (tokens: readonly Token[], trigger: TriggerMatch) =>
  trigger.type !== 'member-of' && [...(tokens[trigger.last + 1]?.lemmas ?? [])].some((lemma) => POST_NOUNS.has(lemma));

/** A capitalised trigger before a capitalised word that begins no name is part of a proper name ("UN General Assembly"). */
export function insideProperName(
  text: string,
  tokens: readonly Token[],
  trigger: TriggerMatch,
  placed: readonly PlacedMention[],
) {
  const next = tokens[trigger.last + 1];
  const capital = (token: Token) => /^\p{Lu}/u.test(text.slice(token.start, token.end));
  return (
    capital(tokens[trigger.first]) &&
    next !== undefined &&
    capital(next) &&
    !placed.some((mention) => mention.first === trigger.last + 1)
  );
}

/** "Led to", "leading to": a cause, not a leader. */
export const isCausalLead = (tokens: readonly Token[], trigger: TriggerMatch) =>
  tokens[trigger.first].lemmas.has('lead') && tokens[trigger.last + 1]?.folded === 'to';

/** Verbs of intent that make a harm a threat: "vowed to crush", "promising to quash". */
const INTENT = new Set(['vow', 'promise', 'pledge', 'threaten', 'swear', 'swore', 'warn']);

/** "Promising to quash the rebels": an attack only promised is a threat. */
export function promisesHarm(tokens: readonly Token[], trigger: TriggerMatch): boolean {
  if (trigger.type !== 'attacked' && trigger.type !== 'sanctioned') return false;
  const to = tokens[trigger.first - 1];
  const verb = tokens[trigger.first - 2];
  return to?.folded === 'to' && verb !== undefined && [...verb.lemmas].some((lemma) => INTENT.has(lemma));
}
