/**
 * Words of a sentence with their offsets and the lemmas they may be inflections of, so the
 * lexicon can be written as lemmas ("sanction") and still find "sanctioned", "sanctions".
 * The lemma guess is deliberately generous (it tries every English suffix rule): a wrong
 * guess only matters if it happens to equal a trigger lemma.
 */
import { foldString } from './fold';
import { IRREGULAR_FORMS } from '../vocabulary/triggers';

export interface Token {
  start: number;
  end: number;
  /** The word folded: lower case, no accents, plain apostrophes. */
  folded: string;
  /** The word itself and every lemma it may be a form of. */
  lemmas: ReadonlySet<string>;
  /** Written with a capital: inside a sentence, part of a name ("Secretary of State"). */
  capitalized: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

/** Every lemma a folded English word may be an inflection of (itself included). */
export function lemmaCandidates(word: string): Set<string> {
  const out = new Set<string>([word]);
  const base = word.replace(/'s$/, '');
  out.add(base);
  const irregular = IRREGULAR_FORMS[base];
  if (irregular) out.add(irregular);
  const stem = (cut: number) => base.slice(0, base.length - cut);
  const undouble = (value: string) => (value.length > 2 && value.at(-1) === value.at(-2) ? value.slice(0, -1) : value);
  if (/ies$|ied$/.test(base)) out.add(`${stem(3)}y`);
  if (base.endsWith('es')) out.add(stem(2));
  if (base.endsWith('s') && !base.endsWith('ss')) out.add(stem(1));
  if (base.endsWith('ed')) {
    out
      .add(stem(2))
      .add(stem(1))
      .add(undouble(stem(2)));
  }
  if (base.endsWith('ing')) {
    out
      .add(stem(3))
      .add(`${stem(3)}e`)
      .add(undouble(stem(3)));
  }
  if (base.endsWith('ings')) out.add(stem(4)).add(`${stem(4)}e`);
  return out;
}

/** The words of `text` between `start` and `end`, offsets into `text`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(WORD)) {
    let word = match[0];
    // A full stop inside belongs to abbreviations ("U.S."); at the end it closes the sentence.
    word = word.replace(/\.$/, '');
    const folded = foldString(word);
    const at = start + (match.index ?? 0);
    tokens.push({
      start: at,
      end: at + word.length,
      folded,
      lemmas: lemmaCandidates(folded),
      capitalized: /^\p{Lu}/u.test(word),
    });
  }
  return tokens;
}
