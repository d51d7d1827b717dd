/**
 * Who acts when the nearest name before a trigger is not its subject: the names inside an
 * aside (", who has criticised Petro,") are not; the one criticised "for" doing something
 * is its doer; the one who urges others to act ("asked American soldiers to disobey Trump")
 * takes the act's side. Used by direction.ts while it picks the parties.
 */
import type { PlacedMention } from './claims';
import type { TriggerMatch } from './lexicon';
import type { Token } from './tokens';
import type { TextSpan } from './types';

/** How far before the trigger "for V-ing" may stand ("for carrying out a US offensive in Venezuela to abduct"). */
const MAX_FOR_REACH = 12;

/** The name right before "for" + a verb in -ing that leads up to the trigger, if any. */
export function doerBeforeFor(
  tokens: readonly Token[],
  trigger: TriggerMatch,
  mentions: readonly PlacedMention[],
  open: (from: number, to: number) => boolean,
): PlacedMention | undefined {
  for (let at = trigger.first - 1; at >= 1 && at >= trigger.first - MAX_FOR_REACH; at--) {
    if (tokens[at].folded !== 'for') continue;
    const gerund = at + 1 === trigger.first ? tokens[trigger.first] : tokens[at + 1];
    if (!gerund?.folded.endsWith('ing')) return undefined;
    const named = mentions.find((mention) => mention.last === at - 1);
    return named && open(tokens[at].start, tokens[trigger.first].start) ? named : undefined;
  }
  return undefined;
}

/**
 * Asides closed before the trigger: ", who has criticised Petro repeatedly," and ", a
 * longtime critic of Petro,". The names inside one are not the subject of what follows
 * ("Rubio, who has criticised Petro, is expected to meet Noboa": Rubio meets Noboa).
 */
const ASIDE =
  /,\s+(?:who|whom|whose|which|a|an|the|then|now|once|also|himself|herself|itself)\b[^,;:()\u2013\u2014]*,/gu;

export function asidesBefore(text: string, tokens: readonly Token[], trigger: TriggerMatch): TextSpan[] {
  const from = tokens[0].start;
  const to = tokens[trigger.first].start;
  return [...text.slice(from, to).matchAll(ASIDE)].map((match) => ({
    start: from + match.index,
    end: from + match.index + match[0].length,
  }));
}

/** Words of asides between a mention and the trigger: they do not count as distance. */
export function asideWords(
  tokens: readonly Token[],
  asides: readonly TextSpan[],
  mention: PlacedMention,
  trigger: TriggerMatch,
) {
  return tokens
    .slice(mention.last + 1, trigger.first)
    .filter((token) => asides.some((span) => token.start >= span.start && token.end <= span.end)).length;
}

/** Verbs that urge someone to act: "asked X to", "urging X to", "called on X to". */
const URGING = new Set(['ask', 'urge', 'call', 'encourage', 'tell', 'order', 'invite', 'push']);
/** Words between the urging verb and "to" ("asked American soldiers to"). */
const MAX_URGED_WORDS = 4;

/** The name before "asked/urged … to" + the trigger, when the trigger follows that "to". */
export function urgerOf(tokens: readonly Token[], trigger: TriggerMatch, before: readonly PlacedMention[]) {
  if (tokens[trigger.first - 1]?.folded !== 'to') return undefined;
  for (let at = trigger.first - 2; at >= 0 && at >= trigger.first - 2 - MAX_URGED_WORDS; at--) {
    if (![...tokens[at].lemmas].some((lemma) => URGING.has(lemma))) continue;
    return before.filter((mention) => mention.last < at).at(-1);
  }
  return undefined;
}
