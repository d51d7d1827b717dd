/**
 * Acts a sentence gives to someone other than its trigger's parties: the post "to lead"
 * after an appointment is the appointee's, and "Like Trump has in the past, Petro
 * questioned the UN" gives the act to Trump as well.
 */
import { RELATION_TYPES } from '../vocabulary/relation-types';
import type { Mention, Sentence, Suggestion } from './types';
import { suggestionId } from './suggestion-id';

/**
 * "Miranda was appointed by Petro in 2024 to lead the Directorate": the post "to lead" or
 * "to head" is the appointee's, not the appointer's.
 */
export function appointeesLead(text: string, suggestions: readonly Suggestion[]): Suggestion[] {
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

export function likewiseDone(
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
