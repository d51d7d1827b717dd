/**
 * "X called Y a ‘drug lord’", "Petro has called Trump an ‘accomplice to genocide’": a verb
 * of naming, a name and an article. "Petro described Israel's actions in Gaza as
 * ‘genocide’", "describing Petro as a sick man": a verb of portrayal, a name and "as". It
 * is an accusation when the label names a crime (vocabulary/triggers CRIME_LABELS),
 * otherwise a criticism. The verb "call" alone is too broad to be a trigger (a phone call,
 * calling for reforms), so it counts only in this shape.
 */
import { CRIME_LABELS } from '../vocabulary/triggers';
import type { PlacedMention } from './claims';
import type { TriggerMatch } from './lexicon';
import type { Token } from './tokens';

const NAMING_VERBS = new Set(['call', 'label', 'brand', 'dub']);
const PORTRAYING_VERBS = new Set(['describe', 'portray', 'characterise', 'characterize', 'depict', 'denounce']);
/** Words between the portrayed name and "as" ("Israel's actions in Gaza as"). */
const MAX_BEFORE_AS = 4;
const ARTICLES = new Set(['a', 'an', 'the']);
const CRIMES = new Set(CRIME_LABELS.flatMap((label) => label.split(' ')));
/** How many words of the label are read for a crime. */
const LABEL_WORDS = 8;

/** The naming triggers of a sentence: one per "call Y a …". */
export function findLabelTriggers(tokens: readonly Token[], mentions: readonly PlacedMention[]): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  const isOne = (at: number, verbs: ReadonlySet<string>) => [...tokens[at].lemmas].some((lemma) => verbs.has(lemma));
  for (let at = 0; at < tokens.length; at++) {
    const named = mentions.find((mention) => mention.first === at + 1);
    if (!named) continue;
    let labelStart = -1;
    if (isOne(at, NAMING_VERBS) && ARTICLES.has(tokens[named.last + 1]?.folded ?? '')) labelStart = named.last + 2;
    else if (isOne(at, PORTRAYING_VERBS)) {
      const as = tokens.findIndex(
        (token, index) => index > named.last && index <= named.last + 1 + MAX_BEFORE_AS && token.folded === 'as',
      );
      if (as > 0) labelStart = as + 1;
    }
    if (labelStart < 0) continue;
    const label = tokens.slice(labelStart, labelStart + LABEL_WORDS);
    const crime = label.some((token) => [...token.lemmas].some((lemma) => CRIMES.has(lemma)));
    found.push({ first: at, last: at, words: 1, type: crime ? 'accused' : 'criticized' });
  }
  return found;
}
