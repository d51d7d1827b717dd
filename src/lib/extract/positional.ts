/**
 * Parties of a title or kinship noun, which relates only the names right next to it:
 * "Colombia's president, Gustavo Petro", "Defense Minister Iván Velásquez" after a state,
 * "Petro's interior minister Armando Benedetti" (one person names the other to the post),
 * "his son Nicolás", "Cilia Flores, Maduro's wife", "the leader of the ELN". A name far
 * from the noun is not its party: "ELN leaders holed up in Cuba" relates no one to Cuba.
 */
import { POSITIONAL_TRIGGERS } from '../vocabulary/triggers';
import type { PlacedMention } from './claims';
import type { Parties } from './direction';
import { compilePhrase, type TriggerMatch } from './lexicon';
import type { Token } from './tokens';

const POSITIONAL = POSITIONAL_TRIGGERS.map(compilePhrase);
/** Modifiers allowed between a possessor and its noun ("Petro's interior minister"). */
const MAX_MODIFIERS = 2;
const LINKS = new Set(['of', 'for', 'at', 'in', 'from', 'to', 'the', 'named', 'called']);
/** How far before a kinship noun its subject may be ("they had a daughter named Andrea"). */
const MAX_SUBJECT = 20;
/** How far after the noun a linked name may be ("director of drug policy at the IPS"). */
const MAX_LINKED = 6;

/** Whether the trigger is a title or kinship noun that needs names beside it. */
export function isPositional(tokens: readonly Token[], trigger: TriggerMatch): boolean {
  if (trigger.type !== 'member-of' && trigger.type !== 'family') return false;
  const words = tokens.slice(trigger.first, trigger.last + 1);
  return POSITIONAL.some(
    (phrase) => phrase.length === words.length && phrase.every((word, index) => words[index].lemmas.has(word)),
  );
}

/** The possessor or qualifier right before the noun ("Colombia's", "Colombian", "his"). */
function qualifierBefore(tokens: readonly Token[], trigger: TriggerMatch, mentions: readonly PlacedMention[]) {
  return mentions
    .filter(
      (mention) =>
        mention.last < trigger.first &&
        trigger.first - mention.last <= MAX_MODIFIERS + 1 &&
        // "Andrea and a son": a conjunction begins another phrase.
        !tokens.slice(mention.last + 1, trigger.first).some((token) => token.folded === 'and' || token.folded === 'or'),
    )
    .at(-1);
}

/**
 * The name after the noun: right after it ("President Gustavo Petro"), or after a link word
 * ("candidate for the Liberals", "director of drug policy at the IPS").
 */
function nameAfter(tokens: readonly Token[], from: number, mentions: readonly PlacedMention[]) {
  const next = mentions.find((mention) => mention.first > from && mention.first <= from + MAX_LINKED);
  if (!next) return undefined;
  const between = tokens.slice(from + 1, next.first);
  return between.length === 0 || LINKS.has(between[0].folded) ? next : undefined;
}

/** The mention just before another, across a few words ("Herran, an ardent M-19 member"). */
const holderBefore = (anchor: PlacedMention, mentions: readonly PlacedMention[]) =>
  mentions.filter((mention) => mention.last < anchor.first && anchor.first - mention.last <= MAX_MODIFIERS + 1).at(-1);

/** A name given after "named" or "called" ("a son named Andres"). */
const isNamed = (tokens: readonly Token[], mention: PlacedMention) =>
  /^(?:named|called)$/.test(tokens[mention.first - 1]?.folded ?? '');

const isPossessive = (tokens: readonly Token[], mention: PlacedMention) =>
  /'s?$/.test(tokens[mention.last].folded) || /^(his|her|their)$/.test(tokens[mention.last].folded);

/**
 * The parties of a positional trigger and whether a person holder was named by another
 * person ("Petro's minister X": an appointment), or null when no names flank the noun.
 */
export function positionalParties(
  tokens: readonly Token[],
  trigger: TriggerMatch,
  mentions: readonly PlacedMention[],
  kindOf: (actor: string) => string | undefined,
): Parties | null {
  const before = qualifierBefore(tokens, trigger, mentions);
  let after = nameAfter(tokens, trigger.last, mentions);
  // "candidate Paloma Valencia of the Democratic Centre": the group follows the name.
  if (after && !before) {
    const group = nameAfter(tokens, after.last, mentions);
    if (group && group.actor !== after.actor) return { source: after.actor, target: group.actor };
  }
  // Apposition: "Cilia Flores, Maduro's wife", "Herran, an ardent M-19 member".
  if (before && !after) after = holderBefore(before, mentions);
  // "They had two children, a daughter named Andrea", "two daughters, Eva and Ines": the
  // kin of the clause's subject.
  const kinNamed = after && (isNamed(tokens, after) || after.first === trigger.last + 1);
  if (!before && after && trigger.type === 'family' && kinNamed) {
    // "…, a daughter named Andrea and a son named Andres": a named kin is no one's subject.
    const subject = mentions
      .filter(
        (mention) =>
          mention.last < trigger.first && trigger.first - mention.last <= MAX_SUBJECT && !isNamed(tokens, mention),
      )
      .at(-1);
    if (subject && subject.actor !== after.actor)
      return { source: subject.actor, target: after.actor, sourceAt: subject, targetAt: after };
  }
  if (!before || !after || before.actor === after.actor) return null;
  const bothPersons = kindOf(before.actor) === 'person' && kindOf(after.actor) === 'person';
  const appointedBy = trigger.type === 'member-of' && bothPersons && isPossessive(tokens, before);
  return {
    source: before.actor,
    target: after.actor,
    sourceAt: before,
    targetAt: after,
    ...(appointedBy ? { appointedBy } : {}),
  };
}
