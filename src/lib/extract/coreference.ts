/**
 * Resolves pronouns ("he", "his", "him", "she", "her") and descriptions ("the president",
 * "the U.S. president", "the country") to the last fitting mention, so a sentence such as
 * "He met Trump" counts Petro as a party. Fitting means: a person for a pronoun; for a
 * description, an actor whose own names contain its words ("the U.S. president" fits
 * "US President Donald Trump"); a state for "the country". Only the same sentence and the
 * three before it are searched; anything further is left unresolved. "The two leaders"
 * and "both presidents" stand for the last two persons named: two mentions on one span.
 * "The rebels", "the party", "the agency" stand for the last armed group, party or
 * institution named. "Its" and "their" stand for a state or group, "it" and "they" only
 * where they open the sentence; a pronoun opening its sentence takes the previous
 * sentence's subject, and "Katia Burgos, his wife" never makes "his" stand for the name it
 * is in apposition to. An object pronoun is not its own sentence's subject.
 */
import type { KnownActor, Mention, Sentence } from './types';
import { foldString } from './fold';

const PRONOUN = /\b(he|him|his|she|her|himself|herself)\b/giu;
/** "It", "its", "they", "their": a state, party or group (a person is "he" or "she"). */
const GROUP_PRONOUN = /\b(its|it|they|their|them)\b/giu;
const DESCRIPTION =
  /\b[Tt]he\s+((?:[\p{L}.]+[\s-]+){0,2}?)(president|leader|minister|senator|mayor|governor|country|nation|government|authorities|state(?!\s+of\b))\b/gu;
/** Words of time in a description that no name carries ("the then-president", "the former leader"). */
const TIME_WORDS = new Set(['then', 'former', 'ex', 'current', 'late', 'new', 'outgoing', 'incoming']);
const STATE_NOUNS = new Set(['country', 'nation', 'government', 'authorities', 'state']);
/** "The rebels", "the party", "the agency": the last group of that kind named before. */
const GROUP_DESCRIPTION =
  /\b[Tt]he\s+(rebels|guerrillas|guerrilla group|insurgents|militias?|group|party|coalition|agency|ministry|organi[sz]ation|bloc)\b/gu;
const KINDS_OF_GROUP_NOUN: Readonly<Record<string, readonly string[]>> = {
  rebels: ['armed-group'],
  guerrillas: ['armed-group'],
  'guerrilla group': ['armed-group'],
  insurgents: ['armed-group'],
  militia: ['armed-group'],
  militias: ['armed-group'],
  group: ['armed-group', 'organization', 'party'],
  party: ['party'],
  coalition: ['party'],
  agency: ['institution'],
  ministry: ['institution'],
  organisation: ['organization'],
  organization: ['organization'],
  bloc: ['organization'],
};
/** "The two leaders", "both presidents", "the leaders": the last two persons named. */
const PAIR_OF_PERSONS =
  /\b(?:[Tt]he\s+two|[Bb]oth(?:\s+the)?|[Tt]he)\s+(?:leaders|presidents|heads\s+of\s+state|men|women|politicians)\b/gu;
/** "The two governments", "both countries", "both sides": the last two states named. */
const PAIR_OF_STATES = /\b(?:[Tt]he\s+two|[Bb]oth(?:\s+the)?)\s+(?:countries|governments|nations|states|sides)\b/gu;
const LOOK_BACK_SENTENCES = 3;
/** "They married and had two daughters": "they" in a sentence about family is a couple. */
const FAMILY_WORDS = /\b(?:marr(?:y|ied|iage)|divorced?|children|child|daughters?|sons?|couple)\b/iu;
const isCoupleThey = (text: string, sentence: Sentence | undefined, at: number) =>
  sentence !== undefined && /^they$/i.test(text.slice(at, at + 4)) && FAMILY_WORDS.test(sentence.text);

function nameWordsOf(actor: KnownActor): Set<string> {
  const words = new Set<string>();
  for (const name of [actor.label, ...actor.aliases])
    for (const word of foldString(name)
      .replace(/\./g, '')
      .split(/[^\p{L}\p{N}]+/u))
      if (word) words.add(word);
  return words;
}

function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sentences[middle].end <= offset) low = middle + 1;
    else if (sentences[middle].start > offset) high = middle - 1;
    else return middle;
  }
  return -1;
}

/**
 * The mentions plus one resolved mention per pronoun or description that has a fitting
 * antecedent, in text order.
 */
export function resolveReferences(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  actors: readonly KnownActor[],
): Mention[] {
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  const words = new Map<string, Set<string>>();
  const wordsOf = (id: string) => {
    let set = words.get(id);
    if (!set) words.set(id, (set = nameWordsOf(byId.get(id)!)));
    return set;
  };
  const references: Array<{
    start: number;
    end: number;
    fits: (actor: KnownActor) => boolean;
    object: boolean;
    /** A description may contain a name ("the U.S. president"): that mention gives way. */
    description?: boolean;
    /** Resolved only where it opens its sentence: "It" and "They" start a new clause. */
    opening?: boolean;
  }> = [];
  for (const match of text.matchAll(PRONOUN)) {
    const word = match[0].toLowerCase();
    references.push({
      start: match.index,
      end: match.index + match[0].length,
      fits: (actor) => actor.kind === 'person',
      object: word === 'him',
    });
  }
  for (const match of text.matchAll(GROUP_PRONOUN)) {
    const word = match[0].toLowerCase();
    if (isCoupleThey(text, sentences[sentenceIndexAt(sentences, match.index)], match.index)) continue;
    references.push({
      start: match.index,
      end: match.index + match[0].length,
      fits: (actor) => actor.kind !== 'person',
      object: word === 'them' || word === 'it',
      opening: word === 'it' || word === 'they',
    });
  }
  for (const match of text.matchAll(DESCRIPTION)) {
    const noun = match[2];
    const qualifiers = foldString(match[1])
      .replace(/\./g, '')
      .split(/[\s-]+/)
      .filter((word) => word && !TIME_WORDS.has(word));
    const fits = STATE_NOUNS.has(noun)
      ? (actor: KnownActor) => actor.kind === 'state'
      : (actor: KnownActor) =>
          actor.kind === 'person' && [noun, ...qualifiers].every((word) => wordsOf(actor.id).has(word));
    references.push({ start: match.index, end: match.index + match[0].length, fits, object: false, description: true });
  }
  for (const match of text.matchAll(GROUP_DESCRIPTION)) {
    const kinds = KINDS_OF_GROUP_NOUN[match[1].toLowerCase()] ?? [];
    references.push({
      start: match.index,
      end: match.index + match[0].length,
      fits: (actor) => kinds.includes(actor.kind),
      object: false,
      description: true,
    });
  }
  const resolved = mentions.filter((mention) => mention.actor !== null);
  const fitsPerson = (mention: Mention) => mention.actor !== null && byId.get(mention.actor)?.kind === 'person';
  const added: Mention[] = [];
  const replaced = new Set<Mention>();
  // In text order, so a description read first can be the subject a later pronoun is not.
  references.sort((a, b) => a.start - b.start);
  for (const reference of references) {
    const inner = mentions.filter((mention) => mention.start < reference.end && reference.start < mention.end);
    const nested = inner.every((mention) => mention.start >= reference.start && mention.end <= reference.end);
    if (inner.length > 0 && !(reference.description && nested)) continue;
    const here = sentenceIndexAt(sentences, reference.start);
    if (here < 0) continue;
    const windowStart = sentences[Math.max(0, here - LOOK_BACK_SENTENCES)].start;
    const before = resolved.filter(
      (mention) =>
        mention.end <= reference.start && mention.start >= windowStart && reference.fits(byId.get(mention.actor!)!),
    );
    let antecedent = before.at(-1);
    // "Petro met Trump. He said…": a pronoun opening its sentence carries the last subject.
    const opensSentence = /^[\s"“‘']*$/.test(text.slice(sentences[here].start, reference.start));
    if (!reference.description && opensSentence) antecedent = subjectBefore(before, sentences, here) ?? antecedent;
    // "Trump has called him": an object pronoun is not the subject that opens its sentence.
    const sentenceStart = sentences[here].start;
    // The subject may itself be a description read just before ("The U.S. president called him").
    if (reference.object && antecedent) {
      const subject = [...before, ...added.filter((mention) => mention.end <= reference.start)]
        .filter((mention) => mention.start >= sentenceStart)
        .sort((a, b) => a.start - b.start)[0];
      if (subject?.actor === antecedent.actor)
        antecedent = before.filter((mention) => mention.actor !== antecedent!.actor).at(-1);
    }
    // "Katia Burgos, his wife": the name the pronoun stands in apposition to is not its antecedent.
    // The one meant is the previous sentence's subject where the name opens its sentence
    // ("… his first son, Nicolas. Katia Burgos, his wife": his is the father's).
    if (!reference.description && antecedent && /^\s*,\s*$/.test(text.slice(antecedent.end, reference.start))) {
      const others = before.filter((mention) => mention.actor !== antecedent!.actor);
      const nameOpens = antecedent.start === before.find((mention) => mention.start >= sentenceStart)?.start;
      // Pronouns already read count as subjects ("While imprisoned, he missed …").
      const earlier = [...others, ...added.filter((mention) => mention.end <= sentenceStart && fitsPerson(mention))]
        .filter((mention) => mention.actor !== antecedent!.actor && mention.start >= windowStart)
        .sort((a, b) => a.start - b.start);
      antecedent = (nameOpens ? subjectBefore(earlier, sentences, here) : undefined) ?? others.at(-1);
    }
    if (!antecedent) continue;
    if (reference.opening && !opensSentence) continue;
    for (const mention of inner) replaced.add(mention);
    const isPronoun = !/^the\b/i.test(text.slice(reference.start, reference.end));
    added.push({
      start: reference.start,
      end: reference.end,
      text: text.slice(reference.start, reference.end),
      actor: antecedent.actor,
      candidates: [antecedent.actor!],
      ambiguous: false,
      resolvedBy: isPronoun ? 'pronoun' : 'last-mention',
    });
  }
  added.push(...resolvePairs(text, sentences, resolved, byId));
  return [...mentions.filter((mention) => !replaced.has(mention)), ...added].sort((a, b) => a.start - b.start);
}

/** The first fitting mention of the nearest earlier sentence that has one. */
function subjectBefore(before: readonly Mention[], sentences: readonly Sentence[], here: number): Mention | undefined {
  const last = before.at(-1);
  if (!last) return undefined;
  const from = sentences[sentenceIndexAt(sentences, last.start)]?.start ?? last.start;
  return before.find((mention) => mention.start >= from && sentenceIndexAt(sentences, mention.start) < here);
}

/**
 * Two mentions for each "the two leaders" (the last two persons named before it) and each
 * "the two governments", "both countries", "both sides" (the last two states).
 */
function resolvePairs(
  text: string,
  sentences: readonly Sentence[],
  resolved: readonly Mention[],
  byId: ReadonlyMap<string, KnownActor>,
): Mention[] {
  const added: Mention[] = [];
  const couples = [...text.matchAll(/\b[Tt]hey\b/gu)].filter((match) =>
    isCoupleThey(text, sentences[sentenceIndexAt(sentences, match.index)], match.index),
  );
  const persons = (actor: string) => byId.get(actor)?.kind === 'person';
  const states = (actor: string) => byId.get(actor)?.kind === 'state';
  const pairs = [
    ...[...text.matchAll(PAIR_OF_PERSONS), ...couples].map((match) => ({ match, fits: persons })),
    ...[...text.matchAll(PAIR_OF_STATES)].map((match) => ({ match, fits: states })),
  ];
  for (const { match, fits } of pairs) {
    const start = match.index;
    const end = start + match[0].length;
    const here = sentenceIndexAt(sentences, start);
    if (here < 0) continue;
    const windowStart = sentences[Math.max(0, here - LOOK_BACK_SENTENCES)].start;
    const chosen: string[] = [];
    for (let at = resolved.length - 1; at >= 0 && chosen.length < 2; at--) {
      const mention = resolved[at];
      if (mention.end > start || mention.start < windowStart) continue;
      if (fits(mention.actor!) && !chosen.includes(mention.actor!)) chosen.push(mention.actor!);
    }
    if (chosen.length < 2) continue;
    for (const actor of chosen.reverse())
      added.push({
        start,
        end,
        text: match[0],
        actor,
        candidates: [actor],
        ambiguous: false,
        resolvedBy: 'last-mention',
      });
  }
  return added;
}
