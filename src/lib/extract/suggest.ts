/**
 * Reads an article and suggests the relations it reports between known actors: sentences,
 * mentions (pronouns and descriptions resolved), and for every sentence with two or more
 * actors, one suggestion per trigger word — type from the lexicon, parties from word order
 * and voice, claim from negations, hedges and attribution, date from the sentence against
 * the publication date. Suggestions are only proposals: the desk shows them for review.
 */
import { RELATION_TYPES } from '../vocabulary/relation-types';
import type { ArticleReading, KnownActor, Mention, Sentence, Suggestion } from './types';
import { splitSentences } from './sentences';
import { findMentionsWithIndex } from './mentions';
import { buildNameIndex } from './names';
import { resolveReferences } from './coreference';
import { tokenize, type Token } from './tokens';
import { compilePhrase, findPhrases, findTriggers, type TriggerMatch } from './lexicon';
import { findLabelTriggers } from './labels';
import { ATTRIBUTION_PHRASES } from '../vocabulary/triggers';
import { readClaim, type PlacedMention } from './claims';
import { orientByKind, pickParties } from './direction';
import { resolveDate } from './dates';
import { findAdjectiveMentions } from './demonyms';
import { suggestionId } from './suggestion-id';
import { isPositional, positionalParties } from './positional';
import { expandCoordination } from './coordination';
import { ownStates, withoutOwnState } from './own-state';
import { isNonProseLine, lineAt } from './prose';
import { governmentsAsStates } from './governments';
import { homeInstitutions } from './home-institutions';
import { titleMemberships, verdictSuggestions } from './implicit-acts';
import { firstPersonAsSpeaker } from './quotations';
import { companionStates, homeState, titleQualifiers, type OfficeContext } from './offices';

export interface SuggestOptions {
  /** Partial ISO publication date, the reference for relative dates. */
  published?: string;
  /** The article's language for sentence splitting (the lexicon is English). */
  locale?: string;
  /** Who an ambiguous mention names, as the analyst decided: actor id by the mention's start offset. */
  choices?: Readonly<Record<number, string>>;
}

const ATTRIBUTION = ATTRIBUTION_PHRASES.map(compilePhrase);

/** The resolved mentions of a sentence placed on its tokens (first and last token index). */
function placeMentions(mentions: readonly Mention[], tokens: readonly Token[]): PlacedMention[] {
  const placed: PlacedMention[] = [];
  for (const mention of mentions) {
    if (mention.actor === null) continue;
    const first = tokens.findIndex((token) => token.end > mention.start);
    let last = -1;
    for (let index = first; index >= 0 && index < tokens.length && tokens[index].start < mention.end; index++)
      last = index;
    if (first >= 0 && last >= first) placed.push({ actor: mention.actor, first, last });
  }
  return placed;
}

/** Nouns of a post or a body: a trigger right before one names it ("finance minister"). */
const POST_NOUNS = new Set(['minister', 'ministry', 'secretary', 'department', 'commissioner', 'adviser']);
const namesAPost = (tokens: readonly Token[], trigger: TriggerMatch) =>
  trigger.type !== 'member-of' && [...(tokens[trigger.last + 1]?.lemmas ?? [])].some((lemma) => POST_NOUNS.has(lemma));

/** A capitalised trigger before a capitalised word that begins no name is part of a proper name ("UN General Assembly"). */
function insideProperName(
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
const isCausalLead = (tokens: readonly Token[], trigger: TriggerMatch) =>
  tokens[trigger.first].lemmas.has('lead') && tokens[trigger.last + 1]?.folded === 'to';

/** Verbs of intent that make a harm a threat: "vowed to crush", "promising to quash". */
const INTENT = new Set(['vow', 'promise', 'pledge', 'threaten', 'swear', 'swore', 'warn']);

/** "Promising to quash the rebels": an attack only promised is a threat. */
function promisesHarm(tokens: readonly Token[], trigger: TriggerMatch): boolean {
  if (trigger.type !== 'attacked' && trigger.type !== 'sanctioned') return false;
  const to = tokens[trigger.first - 1];
  const verb = tokens[trigger.first - 2];
  return to?.folded === 'to' && verb !== undefined && [...verb.lemmas].some((lemma) => INTENT.has(lemma));
}

function mentionsIn(mentions: readonly Mention[], sentence: Sentence): Mention[] {
  return mentions.filter((mention) => mention.start >= sentence.start && mention.end <= sentence.end);
}

function suggestInSentence(
  text: string,
  sentence: Sentence,
  mentions: readonly Mention[],
  kindOf: (actor: string) => string | undefined,
  published: string | undefined,
  offices: OfficeContext,
): Suggestion[] {
  const tokens = tokenize(text, sentence.start, sentence.end);
  const qualifiers = titleQualifiers(text, mentions, offices);
  const placed = placeMentions(
    mentions.filter((mention) => !qualifiers.has(mention)),
    tokens,
  );
  // Words inside a name or a phrase of attribution ("according to") trigger nothing.
  const blocked = [...placed, ...findPhrases(tokens, ATTRIBUTION)];
  const labels = findLabelTriggers(tokens, placed);
  const overlapsAny = (trigger: TriggerMatch, spans: readonly { first: number; last: number }[]) =>
    spans.some((span) => trigger.first <= span.last && span.first <= trigger.last);
  const triggers = [
    ...labels,
    ...findTriggers(tokens).filter(
      (trigger) =>
        !overlapsAny(trigger, blocked) &&
        !overlapsAny(trigger, labels) &&
        !namesAPost(tokens, trigger) &&
        !insideProperName(text, tokens, trigger, placed) &&
        !isCausalLead(tokens, trigger),
    ),
  ].sort((a, b) => a.first - b.first);
  const suggestions: Suggestion[] = [];
  const seen = new Set<string>();
  let date: string | undefined | null = null;
  for (const trigger of triggers) {
    const positional = isPositional(tokens, trigger);
    const parties = positional
      ? positionalParties(tokens, trigger, placed, kindOf)
      : pickParties(tokens, trigger, placed, text);
    if (!parties) continue;
    const type = parties.appointedBy ? 'appointed' : promisesHarm(tokens, trigger) ? 'threatened' : trigger.type;
    for (const each of expandCoordination(text, tokens, parties, placed)) {
      const oriented = orientByKind(type, each, kindOf);
      if (!oriented) continue;
      const { source, target } = oriented;
      const key = RELATION_TYPES[type].directed
        ? `${source}|${type}|${target}`
        : `${[source, target].sort().join('|')}|${type}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const reading = readClaim(tokens, trigger, placed);
      if (date === null) date = resolveDate(sentence.text, published);
      const triggerStart = tokens[trigger.first].start;
      const triggerEnd = tokens[trigger.last].end;
      suggestions.push({
        id: suggestionId(sentence, source, type, target),
        sentence,
        source,
        target,
        type,
        ...(date ? { date } : {}),
        claim: reading.claim,
        ...(reading.claim === 'attributed' && reading.speaker ? { speaker: reading.speaker } : {}),
        trigger: { start: triggerStart, end: triggerEnd, text: text.slice(triggerStart, triggerEnd) },
        quote: { start: sentence.start, end: sentence.end },
        negated: reading.negated,
        hedged: reading.hedged,
      });
    }
  }
  suggestions.splice(0, suggestions.length, ...appointeesLead(text, suggestions));
  suggestions.push(...likewiseDone(text, sentence, mentions, suggestions));
  suggestions.push(...titleMemberships(text, sentence, mentions, offices, seen, published));
  return suggestions;
}

/**
 * "Miranda was appointed by Petro in 2024 to lead the Directorate": the post "to lead" or
 * "to head" is the appointee's, not the appointer's.
 */
function appointeesLead(text: string, suggestions: readonly Suggestion[]): Suggestion[] {
  const appointment = suggestions.find((suggestion) => suggestion.type === 'appointed');
  if (!appointment) return [...suggestions];
  return suggestions.map((suggestion) => {
    const infinitive = /\bto\s+$/i.test(
      text.slice(Math.max(0, suggestion.trigger.start - 4), suggestion.trigger.start),
    );
    const leads =
      suggestion.type === 'member-of' && infinitive && /^(?:lead|head|run|direct)$/i.test(suggestion.trigger.text);
    if (!leads || suggestion.source !== appointment.source || suggestion.target === appointment.target)
      return suggestion;
    return {
      ...suggestion,
      id: suggestionId(suggestion.sentence, appointment.target, suggestion.type, suggestion.target),
      source: appointment.target,
    };
  });
}

/** "Like Trump has in the past, Petro questioned the UN": the one compared did it too. */
const LIKE_X_DID = /^(?:just\s+)?(?:like|as)\s+$/iu;
const AUXILIARY_AFTER = /^\s+(?:has|had|have|did|does|do)\b/iu;

function likewiseDone(
  text: string,
  sentence: Sentence,
  mentions: readonly Mention[],
  suggestions: readonly Suggestion[],
): Suggestion[] {
  const first = mentions[0];
  if (!first?.actor || !LIKE_X_DID.test(text.slice(sentence.start, first.start))) return [];
  if (!AUXILIARY_AFTER.test(text.slice(first.end, first.end + 8))) return [];
  return suggestions
    .filter((suggestion) => suggestion.source !== first.actor && suggestion.target !== first.actor)
    .filter((suggestion) => RELATION_TYPES[suggestion.type].polarity !== 'structural')
    .map((suggestion) => ({
      ...suggestion,
      id: suggestionId(sentence, first.actor!, suggestion.type, suggestion.target),
      source: first.actor!,
    }));
}

/**
 * A standing tie (membership, kinship, appointment: the structural types) is one fact
 * however often the article repeats the title, so it is suggested once, at its first
 * mention; acts stay one per sentence, since each may be another act.
 */
function standingTiesOnce(suggestions: readonly Suggestion[]): Suggestion[] {
  const seen = new Set<string>();
  return suggestions.filter((suggestion) => {
    if (RELATION_TYPES[suggestion.type].polarity !== 'structural') return true;
    const key = [suggestion.source, suggestion.type, suggestion.target].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Sentences, mentions and suggested relations of an article. */
export function suggestRelations(
  text: string,
  actors: readonly KnownActor[],
  options: SuggestOptions = {},
): ArticleReading {
  const sentences = splitSentences(text, options.locale ?? 'en');
  const choices = options.choices ?? {};
  const direct = findMentionsWithIndex(text, buildNameIndex(actors)).map((mention) => {
    const chosen = choices[mention.start];
    return chosen && mention.candidates.includes(chosen)
      ? { ...mention, actor: chosen, resolvedBy: 'user' as const }
      : mention;
  });
  const adjectives = findAdjectiveMentions(text, direct, actors);
  const home = homeState([...direct, ...adjectives], actors);
  const named = homeInstitutions(
    text,
    [...direct, ...adjectives].sort((a, b) => a.start - b.start),
    actors,
    home,
  );
  const resolved = firstPersonAsSpeaker(text, resolveReferences(text, sentences, named, actors));
  const states = ownStates(resolved, actors);
  const mentions = governmentsAsStates(text, resolved, states);
  const offices: OfficeContext = {
    actors,
    ownStates: states,
    companionState: companionStates(sentences, mentions, actors),
    homeState: home,
  };
  const kinds = new Map(actors.map((actor) => [actor.id, actor.kind]));
  const kindOf = (actor: string) => kinds.get(actor);
  const suggestions: Suggestion[] = [];
  let cursor = 0;
  for (const sentence of sentences) {
    while (cursor < mentions.length && mentions[cursor].end <= sentence.start) cursor++;
    if (isNonProseLine(lineAt(text, sentence.start))) continue;
    const inSentence = mentionsIn(mentions.slice(cursor, cursor + 64), sentence);
    const actorsHere = new Set(inSentence.map((mention) => mention.actor).filter(Boolean));
    if (actorsHere.size < 2) {
      const seen = new Set<string>();
      suggestions.push(...titleMemberships(text, sentence, inSentence, offices, seen, options.published));
      continue;
    }
    suggestions.push(...suggestInSentence(text, sentence, inSentence, kindOf, options.published, offices));
  }
  suggestions.push(...verdictSuggestions(text, sentences, mentions, suggestions, options.published));
  return { sentences, mentions, suggestions: withoutOwnState(standingTiesOnce(suggestions), states) };
}
