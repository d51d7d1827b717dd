/**
 * Criticism spoken in a quotation: "“Petro has a paranoid style of government,” said
 * Gaviria." No trigger verb names the act — the words of the quotation do. A quotation
 * whose words pass a negative verdict ("wrong", "paranoid", "no strategy", "not a good
 * administrator") and whose speaker is named by a verb of saying outside it ("said
 * Gaviria", "Gaviria added") suggests that the speaker criticized the actor the quotation
 * is about: the first actor other than the speaker named inside it, pronouns resolved.
 * A quotation may run over several sentences; the suggestion's sentence is the verdict's.
 * The same holds for a verdict reported in the article's words: "Quintero noted that
 * Petro's governing style was also uneven", "Sanchez-Garzoli believes … Petro appointed
 * an ideologue": the one who says or believes it, before the verb, criticized the actor
 * named after it.
 */
import { ATTRIBUTION_VERBS, NEGATIVE_VERDICTS, OPINION_VERBS } from '../vocabulary/triggers';
import { compilePhrase, findPhrases } from './lexicon';
import { findQuotations } from './quotations';
import { tokenize, type Token } from './tokens';
import type { Mention, Sentence, TextSpan } from './types';

const verdicts = NEGATIVE_VERDICTS.map(compilePhrase);
const opinions = [...ATTRIBUTION_VERBS, ...OPINION_VERBS].map((verb) => [verb]);
/** Words just before a verdict that deny it: "mischaracterised as ineffective", "not wrong". */
const DENIALS = new Set(['mischaracterise', 'mischaracterize', 'not', 'never', 'unfairly', 'wrongly', 'falsely']);
const denied = (tokens: readonly Token[], first: number) =>
  tokens.slice(Math.max(0, first - 3), first).some((token) => [...token.lemmas].some((lemma) => DENIALS.has(lemma)));
/** Words between the speaker and the verb ("Quintero also noted"). */
const SPEAKER_GAP = 2;

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
    const cue = findPhrases(tokens, verdicts).find((phrase) => !denied(tokens, phrase.first));
    if (!cue) continue;
    const cueSpan = { start: tokens[cue.first].start, end: tokens[cue.last].end };
    const sentence = sentences.find((each) => each.start <= cueSpan.start && cueSpan.end <= each.end);
    if (sentence) found.push({ speaker, target, sentence, cue: cueSpan });
  }
  return found;
}

/** Verdicts the article reports someone holding: "X noted that Y's style was uneven". */
export function reportedVerdicts(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
): Verdict[] {
  const found: Verdict[] = [];
  for (const sentence of sentences) {
    const tokens = tokenize(text, sentence.start, sentence.end);
    const [verb] = findPhrases(tokens, opinions).filter(
      (phrase) => phrase.first === 0 || !tokens[phrase.first].capitalized,
    );
    if (!verb) continue;
    const verbStart = tokens[verb.first].start;
    const inSentence = mentions.filter(
      (mention) => mention.actor && mention.start >= sentence.start && mention.end <= sentence.end,
    );
    const speaker = inSentence.filter((mention) => mention.end <= verbStart).at(-1);
    if (!speaker?.actor) continue;
    const wordsBetween = tokens.filter((token) => token.start >= speaker.end && token.end <= verbStart).length;
    if (wordsBetween > SPEAKER_GAP) continue;
    const cue = findPhrases(tokens, verdicts).find(
      (phrase) => phrase.first > verb.last && !denied(tokens, phrase.first),
    );
    if (!cue) continue;
    // The one judged is named last before the verdict ("… because Petro appointed an ideologue").
    const target = inSentence
      .filter(
        (mention) =>
          mention.start > verbStart && mention.end <= tokens[cue.first].start && mention.actor !== speaker.actor,
      )
      .at(-1)?.actor;
    if (!target) continue;
    found.push({
      speaker: speaker.actor,
      target,
      sentence,
      cue: { start: tokens[cue.first].start, end: tokens[cue.last].end },
    });
  }
  return found;
}
