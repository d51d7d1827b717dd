/**
 * Splits an article into sentences with `Intl.Segmenter`, keeping offsets into the text.
 * Lines are split first: titles, captions and headings carry no final full stop, yet they
 * are sentences of their own. The segmenter's splits after common abbreviations
 * ("Mr.", "Gen.", "U.S.") are joined back. Every sentence is trimmed, so its span is an
 * exact substring without surrounding spaces.
 */
import type { Sentence } from './types';

/** Abbreviations after which a full stop does not end a sentence (folded to lower case). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'adm',
  'sen',
  'rep',
  'gov',
  'pres',
  'st',
  'jr',
  'sr',
  'no',
  'vs',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.n',
  'u.k',
  'e.u',
  'd.c',
]);

/** Whether a segment ends in an abbreviation or an initial rather than a sentence's end. */
function endsWithAbbreviation(segment: string): boolean {
  const last = /(?:^|[\s(“"])((?:\p{L}\.)*\p{L}+)\.\s*$/u.exec(segment);
  if (!last) return false;
  const word = last[1].toLowerCase();
  return ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(last[1]);
}

function trimmed(text: string, start: number, end: number): Sentence | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end, text: text.slice(start, end) } : null;
}

/** The sentences of a text, in order, each a trimmed span of it. */
export function splitSentences(text: string, locale = 'en'): Sentence[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  const sentences: Sentence[] = [];
  const lineBreak = /\r\n|\r|\n|\u2028|\u2029/g;
  let lineStart = 0;
  const lines: Array<[number, number]> = [];
  for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) {
    lines.push([lineStart, match.index]);
    lineStart = match.index + match[0].length;
  }
  lines.push([lineStart, text.length]);
  for (const [start, end] of lines) {
    let pendingStart = -1;
    for (const { segment, index } of segmenter.segment(text.slice(start, end))) {
      const segmentStart = start + index;
      if (pendingStart < 0) pendingStart = segmentStart;
      const segmentEnd = segmentStart + segment.length;
      if (segmentEnd < end && endsWithAbbreviation(segment)) continue;
      const sentence = trimmed(text, pendingStart, segmentEnd);
      if (sentence) sentences.push(sentence);
      pendingStart = -1;
    }
    if (pendingStart >= 0) {
      const sentence = trimmed(text, pendingStart, end);
      if (sentence) sentences.push(sentence);
    }
  }
  return sentences;
}
