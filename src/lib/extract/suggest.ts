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
import { insideProperName, isCausalLead, namesAPost, promisesHarm } from './trigger-context';
import { appointeesLead, likewiseDone } from './shared-acts';

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
