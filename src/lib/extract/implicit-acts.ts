/**
 * Suggestions no trigger verb makes: memberships read from titles ("Colombian President
 * Gustavo Petro", "then-President Andrés Pastrana", "Uribe won the presidential election")
 * and criticisms spoken in quotations or reported ("Quintero noted that Petro's style was
 * uneven"). All are reported in the article's own voice, so they share one way of becoming
 * a suggestion.
 */
import type { RelationTypeId } from '../vocabulary/relation-types';
import type { Mention, Sentence, Suggestion, TextSpan } from './types';
import { resolveDate } from './dates';
import { titleState } from './demonyms';
import { suggestionId } from './suggestion-id';
import { officeBeside, presidencyHolders, stateDepartment, type OfficeContext } from './offices';
import { quotedVerdicts, reportedVerdicts } from './verdicts';

/** A suggestion of an act the article reports, prompted by the words at `cue`. */
function reportedSuggestion(
  text: string,
  sentence: Sentence,
  act: { source: string; type: RelationTypeId; target: string },
  cue: TextSpan,
  published: string | undefined,
): Suggestion {
  const date = resolveDate(sentence.text, published);
  return {
    id: suggestionId(sentence, act.source, act.type, act.target),
    sentence,
    ...act,
    ...(date ? { date } : {}),
    claim: 'reported',
    trigger: { ...cue, text: text.slice(cue.start, cue.end) },
    quote: { start: sentence.start, end: sentence.end },
    negated: false,
    hedged: false,
  };
}

/**
 * "Colombian President Gustavo Petro": the person is a member of the state the title names;
 * "then-President Andrés Pastrana", "Defence Minister Iván Velásquez": of the office's
 * state or ministry, as `offices` reads it.
 */
export function titleMemberships(
  text: string,
  sentence: Sentence,
  mentions: readonly Mention[],
  offices: OfficeContext,
  seen: Set<string>,
  published: string | undefined,
): Suggestion[] {
  const found: Suggestion[] = [];
  const readings: Array<{ person: string; office: string; title: TextSpan }> = [];
  for (const mention of mentions) {
    if (!mention.actor || (mention.resolvedBy !== 'name' && mention.resolvedBy !== 'context')) continue;
    const named = titleState(mention, offices.actors);
    // "US Secretary of State Marco Rubio": the office is the State Department where one is known.
    const department = named && /secretary of state/i.test(mention.text) ? stateDepartment(offices.actors) : undefined;
    const titled = named
      ? { office: department ?? named.state, title: named.title }
      : officeBeside(text, mention, offices, mentions);
    if (titled) readings.push({ person: mention.actor, ...titled });
  }
  readings.push(...presidencyHolders(text, sentence, mentions, offices));
  for (const { person, office, title } of readings) {
    const key = `${person}|member-of|${office}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push(
      reportedSuggestion(text, sentence, { source: person, type: 'member-of', target: office }, title, published),
    );
  }
  return found;
}

/** Criticisms spoken in quotations or reported, where no trigger of the sentence already suggests them. */
export function verdictSuggestions(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  already: readonly Suggestion[],
  published: string | undefined,
): Suggestion[] {
  const found: Suggestion[] = [];
  for (const { speaker, target, sentence, cue } of [
    ...quotedVerdicts(text, sentences, mentions),
    ...reportedVerdicts(text, sentences, mentions),
  ]) {
    const same = (s: Suggestion) =>
      s.sentence.start === sentence.start && s.source === speaker && s.target === target && s.type === 'criticized';
    if (already.some(same) || found.some(same)) continue;
    found.push(reportedSuggestion(text, sentence, { source: speaker, type: 'criticized', target }, cue, published));
  }
  return found;
}
