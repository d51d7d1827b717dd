/**
 * Who says that a suggested act happened: the claim of a suggestion. A negation just before
 * the trigger ("did not meet", "refused to back") makes it disputed; a hedge just before it
 * ("allegedly", "reportedly", "without evidence") makes it alleged; a verb of saying with a
 * known actor next to it ("Petro said", "said Petro") or "according to X" makes it
 * attributed to that speaker. Otherwise the article reports it in its own voice.
 */
import type { ClaimId } from '../vocabulary/claims';
import { ATTRIBUTION_PHRASES, ATTRIBUTION_VERBS, HEDGE_CUES, NEGATION_CUES } from '../vocabulary/triggers';
import { compilePhrase, findPhrases, type PhraseMatch } from './lexicon';
import type { Token } from './tokens';

/** A resolved mention placed on the sentence's tokens. */
export interface PlacedMention {
  actor: string;
  first: number;
  last: number;
}

export interface ClaimReading {
  claim: ClaimId;
  speaker?: string;
  negated: boolean;
  hedged: boolean;
}

/** How many words before the trigger a negation or a hedge still governs it. */
const CUE_WINDOW = 4;

const negations = NEGATION_CUES.map(compilePhrase);
const hedges = HEDGE_CUES.map(compilePhrase);
const sayings = ATTRIBUTION_VERBS.map((verb) => [verb]);
const accordingTo = ATTRIBUTION_PHRASES.map(compilePhrase);

function governs(cue: PhraseMatch, trigger: PhraseMatch, mentions: readonly PlacedMention[]): boolean {
  if (cue.last >= trigger.first || cue.last < trigger.first - CUE_WINDOW) return false;
  // Words inside a name ("suspected drug boats") do not hedge the act.
  return !mentions.some((mention) => cue.first >= mention.first && cue.last <= mention.last);
}

function speakerOf(
  tokens: readonly Token[],
  trigger: PhraseMatch,
  mentions: readonly PlacedMention[],
): string | undefined {
  for (const phrase of findPhrases(tokens, accordingTo)) {
    const next = mentions.find((mention) => mention.first > phrase.last && mention.first <= phrase.last + 2);
    if (next) return next.actor;
  }
  for (const verb of findPhrases(tokens, sayings)) {
    if (verb.first >= trigger.first && verb.last <= trigger.last) continue;
    // "Secretary of State Marco Rubio": a capitalised word inside a sentence is a name's.
    if (verb.first > 0 && tokens[verb.first].capitalized) continue;
    // "Petro said", "Petro has said", "Petro, 65, said": the subject just before.
    const before = mentions.filter((mention) => mention.last < verb.first && mention.last >= verb.first - 3).at(-1);
    if (before) return before.actor;
    // "…, said Petro."
    const after = mentions.find((mention) => mention.first > verb.last && mention.first <= verb.last + 1);
    if (after) return after.actor;
  }
  return undefined;
}

/** The claim of one trigger of a sentence. */
export function readClaim(
  tokens: readonly Token[],
  trigger: PhraseMatch,
  mentions: readonly PlacedMention[],
): ClaimReading {
  const contracted = tokens
    .slice(Math.max(0, trigger.first - CUE_WINDOW), trigger.first)
    .some((token) => token.folded.endsWith("n't"));
  const negated = contracted || findPhrases(tokens, negations).some((cue) => governs(cue, trigger, mentions));
  const hedged = findPhrases(tokens, hedges).some(
    (cue) => governs(cue, trigger, mentions) && !(cue.first <= trigger.last && trigger.first <= cue.last),
  );
  const speaker = speakerOf(tokens, trigger, mentions);
  const claim: ClaimId = negated ? 'disputed' : hedged ? 'alleged' : speaker ? 'attributed' : 'reported';
  return { claim, negated, hedged, ...(speaker ? { speaker } : {}) };
}
