/**
 * Matches the trigger lexicon (vocabulary/triggers) and the claim cues against the words of
 * a sentence. Phrases are compiled once into lists of folded lemmas; a phrase matches when
 * its words occur in order with at most three other words between consecutive ones (none
 * before "of": "president of" is not "president, a member of"). Where triggers overlap,
 * the one with more words wins ("peace agreement" over "agreement").
 */
import { RELATION_TYPE_IDS, type RelationTypeId } from '../vocabulary/relation-types';
import { RELATION_TRIGGERS } from '../vocabulary/triggers';
import { foldString } from './fold';
import type { Token } from './tokens';

/** A phrase found in a sentence: the tokens it spans. */
export interface PhraseMatch {
  first: number;
  last: number;
  words: number;
}

export interface TriggerMatch extends PhraseMatch {
  type: RelationTypeId;
}

const MAX_GAP = 3;

/** A phrase as folded words ("impose tariff" → ["impose", "tariff"]). */
export function compilePhrase(phrase: string): string[] {
  return foldString(phrase).split(/\s+/).filter(Boolean);
}

/** Where a compiled phrase occurs among the tokens, starting at token `from`. */
function matchAt(tokens: readonly Token[], words: readonly string[], from: number): PhraseMatch | null {
  if (!tokens[from].lemmas.has(words[0])) return null;
  let at = from;
  for (let index = 1; index < words.length; index++) {
    let found = -1;
    // "President of", "leader of": "of" binds to the word before it, with nothing between.
    const gap = words[index] === 'of' ? 0 : MAX_GAP;
    for (let next = at + 1; next <= at + 1 + gap && next < tokens.length; next++)
      if (tokens[next].lemmas.has(words[index])) {
        found = next;
        break;
      }
    if (found < 0) return null;
    at = found;
  }
  return { first: from, last: at, words: words.length };
}

/** Every occurrence of any of the phrases. */
export function findPhrases(tokens: readonly Token[], phrases: readonly (readonly string[])[]): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (let from = 0; from < tokens.length; from++)
    for (const words of phrases) {
      const match = matchAt(tokens, words, from);
      if (match) found.push(match);
    }
  return found;
}

let compiled: Array<{ type: RelationTypeId; words: string[] }> | null = null;

function compiledTriggers() {
  compiled ??= RELATION_TYPE_IDS.flatMap((type) =>
    RELATION_TRIGGERS[type].map((phrase) => ({ type, words: compilePhrase(phrase) })),
  );
  return compiled;
}

/** The triggers of a sentence, overlaps resolved in favour of longer phrases, in text order. */
export function findTriggers(tokens: readonly Token[]): TriggerMatch[] {
  const all: TriggerMatch[] = [];
  for (let from = 0; from < tokens.length; from++)
    for (const { type, words } of compiledTriggers()) {
      const match = matchAt(tokens, words, from);
      if (match) all.push({ ...match, type });
    }
  all.sort((a, b) => b.words - a.words || a.last - a.first - (b.last - b.first) || a.first - b.first);
  const kept: TriggerMatch[] = [];
  for (const match of all)
    if (!kept.some((other) => match.first <= other.last && other.first <= match.last)) kept.push(match);
  return kept.sort((a, b) => a.first - b.first);
}
