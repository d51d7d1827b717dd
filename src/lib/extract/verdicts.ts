/**
 * Criticism spoken in a quotation: "“Petro has a paranoid style of government,” said
 * Gaviria." No trigger verb names the act — the words of the quotation do. A quotation
 * whose words pass a negative verdict ("wrong", "paranoid", "no strategy", "not a good
 * administrator") and whose speaker is named by a verb of saying outside it ("said
 * Gaviria", "Gaviria added") suggests that the speaker criticized the actor the quotation
 * is about: the first actor other than the speaker named inside it, pronouns resolved.
 * A quotation may run over several sentences; the suggestion's sentence is the verdict's.
 */
import { NEGATIVE_VERDICTS } from '../vocabulary/triggers';
import { compilePhrase, findPhrases } from './lexicon';
import { findQuotations } from './quotations';
import { tokenize } from './tokens';
import type { Mention, Sentence, TextSpan } from './types';

const verdicts = NEGATIVE_VERDICTS.map(compilePhrase);

export interface Verdict {
  speaker: string;
  target: string;
  sentence: Sentence;
  /** The words of the verdict. */
  cue: TextSpan;
}

/** Criticisms the article quotes, one per quotation with a verdict, a speaker and a subject. */
export function quotedVerdicts(text: string, sentences: readonly Sentence[], mentions: readonly Mention[]): Verdict[] {
  const found: Verdict[] = [];
  for (const { start, end, speaker } of findQuotations(text, mentions)) {
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
