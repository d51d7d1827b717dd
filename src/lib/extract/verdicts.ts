/**
 * Criticism spoken in a quotation: "“Petro has a paranoid style of government,” said
 * Gaviria." No trigger verb names the act — the words of the quotation do. A quotation
 * whose words pass a negative verdict ("wrong", "paranoid", "no strategy", "not a good
 * administrator") and whose speaker is named by a verb of saying outside it ("said
 * Gaviria", "Gaviria added") suggests that the speaker criticized the actor the quotation
 * is about: the first actor other than the speaker named inside it, pronouns resolved.
 * A quotation may run over several sentences; the suggestion's sentence is the verdict's.
 */
import { ATTRIBUTION_VERBS, NEGATIVE_VERDICTS } from '../vocabulary/triggers';
import { compilePhrase, findPhrases } from './lexicon';
import { tokenize } from './tokens';
import type { Mention, Sentence, TextSpan } from './types';

const verdicts = NEGATIVE_VERDICTS.map(compilePhrase);
const sayings = ATTRIBUTION_VERBS.map((verb) => [verb]);
/** Opening and closing marks of a quotation. */
const QUOTATION = /“([^“”]{12,})”|"([^"\n]{12,})"/gu;
/** How far after the closing mark the verb of saying and its speaker may come. */
const TAIL = 48;

export interface Verdict {
  speaker: string;
  target: string;
  sentence: Sentence;
  /** The words of the verdict. */
  cue: TextSpan;
}

/** The speaker named by a verb of saying right after the quotation ("said Gaviria", "Gaviria added"). */
function speakerAfter(text: string, quoteEnd: number, mentions: readonly Mention[]): string | undefined {
  const lineEnd = text.indexOf('\n', quoteEnd);
  const end = Math.min(lineEnd < 0 ? text.length : lineEnd, quoteEnd + TAIL);
  const tail = tokenize(text, quoteEnd, end);
  // "…,” said Gaviria", "…,” WOLA’s Sanchez-Garzoli explained": the verb comes early, by its speaker.
  const [verb] = findPhrases(tail.slice(0, 4), sayings);
  if (!verb) return undefined;
  const { start, end: verbEnd } = tail[verb.first];
  const adjacent = (mention: Mention) =>
    /^\s*$/.test(mention.start >= verbEnd ? text.slice(verbEnd, mention.start) : text.slice(mention.end, start));
  const speaker = mentions.find(
    (mention) => mention.actor && mention.start >= quoteEnd && mention.end <= end && adjacent(mention),
  );
  return speaker?.actor ?? undefined;
}

/** Criticisms the article quotes, one per quotation with a verdict, a speaker and a subject. */
export function quotedVerdicts(text: string, sentences: readonly Sentence[], mentions: readonly Mention[]): Verdict[] {
  const found: Verdict[] = [];
  for (const match of text.matchAll(QUOTATION)) {
    const start = match.index + 1;
    const end = match.index + match[0].length - 1;
    const speaker = speakerAfter(text, end + 1, mentions);
    if (!speaker) continue;
    const inside = mentions.filter((mention) => mention.start >= start && mention.end <= end);
    const target = inside.find((mention) => mention.actor && mention.actor !== speaker)?.actor;
    if (!target) continue;
    const tokens = tokenize(text, start, end);
    const [cue] = findPhrases(tokens, verdicts);
    if (!cue) continue;
    const cueSpan = { start: tokens[cue.first].start, end: tokens[cue.last].end };
    const sentence = sentences.find((each) => each.start <= cueSpan.start && cueSpan.end <= each.end);
    if (sentence) found.push({ speaker, target, sentence, cue: cueSpan });
  }
  return found;
}
