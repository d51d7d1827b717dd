/**
 * Quotations and who speaks them: "“…,” said Gaviria", "“…,” Tree recalled", "“…,” he
 * said" (the pronoun already read). Inside a quotation "I", "me" and "my" are the speaker,
 * so "“When I would meet with him…,” Tree recalled" names Tree as the one who met. The
 * verdicts of quotations (verdicts.ts) read the same quotations and speakers.
 */
import { ATTRIBUTION_VERBS } from '../vocabulary/triggers';
import { findPhrases } from './lexicon';
import { tokenize } from './tokens';
import type { Mention, TextSpan } from './types';

const sayings = ATTRIBUTION_VERBS.map((verb) => [verb]);
/** Opening and closing marks of a quotation. */
const QUOTATION = /“([^“”]{12,})”|"([^"\n]{12,})"/gu;
/** How far after the closing mark the verb of saying and its speaker may come. */
const TAIL = 48;
const FIRST_PERSON = /\b(?:I|me|my|myself)\b/gu;

export interface Quotation extends TextSpan {
  /** The actor who speaks it, if a verb of saying names one right after it. */
  speaker?: string;
}

/** The speaker named by a verb of saying right after the quotation ("said Gaviria", "Gaviria added"). */
function speakerAfter(text: string, quoteEnd: number, mentions: readonly Mention[]): string | undefined {
  const lineEnd = text.indexOf('\n', quoteEnd);
  const end = Math.min(lineEnd < 0 ? text.length : lineEnd, quoteEnd + TAIL);
  const tail = tokenize(text, quoteEnd, end);
  // "…,” said Gaviria", "…,” WOLA’s Sanchez-Garzoli explained": the verb comes early, by its speaker.
  const [verb] = findPhrases(tail.slice(0, 4), sayings).filter((phrase) => !tail[phrase.first].capitalized);
  if (!verb) return undefined;
  const { start, end: verbEnd } = tail[verb.first];
  const adjacent = (mention: Mention) =>
    /^\s*$/.test(mention.start >= verbEnd ? text.slice(verbEnd, mention.start) : text.slice(mention.end, start));
  const speaker = mentions.find(
    (mention) => mention.actor && mention.start >= quoteEnd && mention.end <= end && adjacent(mention),
  );
  return speaker?.actor ?? undefined;
}

/** Every quotation of the text (inside the marks), with its speaker where one is named. */
export function findQuotations(text: string, mentions: readonly Mention[]): Quotation[] {
  return [...text.matchAll(QUOTATION)].map((match) => {
    const start = match.index + 1;
    const end = match.index + match[0].length - 1;
    const speaker = speakerAfter(text, end + 1, mentions);
    return { start, end, ...(speaker ? { speaker } : {}) };
  });
}

/** The mentions plus one for each "I", "me", "my" inside a quotation whose speaker is named. */
export function firstPersonAsSpeaker(text: string, mentions: readonly Mention[]): Mention[] {
  const added: Mention[] = [];
  for (const { start, end, speaker } of findQuotations(text, mentions)) {
    if (!speaker) continue;
    for (const match of text.slice(start, end).matchAll(FIRST_PERSON)) {
      const at = start + match.index;
      if (mentions.some((mention) => mention.start < at + match[0].length && at < mention.end)) continue;
      added.push({
        start: at,
        end: at + match[0].length,
        text: match[0],
        actor: speaker,
        candidates: [speaker],
        ambiguous: false,
        resolvedBy: 'pronoun',
      });
    }
  }
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : [...mentions];
}
