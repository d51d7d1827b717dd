/**
 * "X called Y a ‘drug lord’", "Petro has called Trump an ‘accomplice to genocide’": a verb
 * of naming, a name and an article. It is an accusation when the label names a crime
 * (vocabulary/triggers CRIME_LABELS), otherwise a criticism. The verb "call" alone is too
 * broad to be a trigger (a phone call, calling for reforms), so it counts only in this shape.
 */
import { CRIME_LABELS } from '../vocabulary/triggers';
import type { PlacedMention } from './claims';
import type { TriggerMatch } from './lexicon';
import type { Token } from './tokens';

const NAMING_VERBS = new Set(['call', 'label', 'brand', 'dub']);
const ARTICLES = new Set(['a', 'an', 'the']);
const CRIMES = new Set(CRIME_LABELS.flatMap((label) => label.split(' ')));
/** How many words of the label are read for a crime. */
const LABEL_WORDS = 8;

/** The naming triggers of a sentence: one per "call Y a …". */
export function findLabelTriggers(tokens: readonly Token[], mentions: readonly PlacedMention[]): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  for (let at = 0; at < tokens.length; at++) {
    if (![...tokens[at].lemmas].some((lemma) => NAMING_VERBS.has(lemma))) continue;
    const named = mentions.find((mention) => mention.first === at + 1);
    const article = named ? tokens[named.last + 1] : undefined;
    if (!named || !article || !ARTICLES.has(article.folded)) continue;
    const label = tokens.slice(named.last + 2, named.last + 2 + LABEL_WORDS);
    const crime = label.some((token) => [...token.lemmas].some((lemma) => CRIMES.has(lemma)));
    found.push({ first: at, last: at, words: 1, type: crime ? 'accused' : 'criticized' });
  }
  return found;
}
