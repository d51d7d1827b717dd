/**
 * Accent- and case-folding with an index map. Matching names must ignore accents and case
 * ("Nicolas" finds "Nicolás", "BOGOTA" finds "Bogotá"), yet every span the reader reports
 * must point into the article exactly as written. So the text is folded into a copy whose
 * every character remembers where it came from in the original: offsets found in the copy
 * map back without drifting, however many combining marks were dropped.
 */

/** A folded copy of a text and, for each of its UTF-16 units, the original index. */
export interface FoldedText {
  folded: string;
  /** `origin[i]` is the index in the original text of folded unit i; `origin[folded.length]` is the text's length. */
  origin: Int32Array;
}

const COMBINING_MARK = /\p{M}/u;

/** Typographic variants that should match their plain form (apostrophes, dashes, quotes). */
const PLAIN_FORMS: Readonly<Record<string, string>> = {
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '\u2010': '-',
  '\u2011': '-',
  '\u00a0': ' ',
};

/** Folds one character (a code point) to lower case without accents. */
export function foldChar(char: string): string {
  const plain = PLAIN_FORMS[char];
  if (plain) return plain;
  let out = '';
  for (const part of char.normalize('NFD')) if (!COMBINING_MARK.test(part)) out += part;
  return out.toLowerCase();
}

/** Folds a short string (a name) the same way as a text, without a map. */
export function foldString(value: string): string {
  let out = '';
  for (const char of value) out += foldChar(char);
  return out;
}

/** Folds a text, keeping for every folded unit the index of the character it came from. */
export function foldText(text: string): FoldedText {
  let folded = '';
  const origins: number[] = [];
  let index = 0;
  for (const char of text) {
    const part = foldChar(char);
    for (let unit = 0; unit < part.length; unit++) origins.push(index);
    folded += part;
    index += char.length;
  }
  origins.push(text.length);
  return { folded, origin: Int32Array.from(origins) };
}

/** Maps a half-open span of the folded copy back to the original text. */
export function originalSpan(fold: FoldedText, start: number, end: number): { start: number; end: number } {
  // The end is where the character after the last folded unit begins.
  return { start: fold.origin[start], end: fold.origin[end] };
}
