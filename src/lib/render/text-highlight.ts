/**
 * Splits a source document into paragraphs and marks where an evidence quote sits in it,
 * for the source reader. Pure, so the component only renders what this returns. Quotes are
 * exact substrings of their documents (the validator checks that), so matching is exact:
 * curly quotes, dashes and accents are never normalised away.
 */

/** A run of text inside one paragraph; `marked` when it belongs to the quote. */
export interface TextSegment {
  text: string;
  marked: boolean;
}

/** One non-blank line of the source. */
export interface Paragraph {
  /** Offset of the line in the whole text: unique, so usable as a key. */
  offset: number;
  segments: TextSegment[];
}

export interface HighlightedText {
  paragraphs: Paragraph[];
  /** True when a quote was asked for but is not an exact substring of the text. */
  quoteMissing: boolean;
}

const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * Splits `text` on line breaks (blank lines dropped) and marks the first occurrence of
 * `quote`. A quote that crosses a line break is marked in each paragraph it touches.
 */
export function highlightQuote(text: string, quote: string | null): HighlightedText {
  const markStart = quote ? text.indexOf(quote) : -1;
  const markEnd = markStart < 0 || !quote ? -1 : markStart + quote.length;
  const paragraphs: Paragraph[] = [];
  // A fresh copy: a global regex carries lastIndex from one call to the next.
  const lineBreak = new RegExp(LINE_BREAK);
  let lineStart = 0;
  for (;;) {
    const found = lineBreak.exec(text);
    const lineEnd = found ? found.index : text.length;
    if (text.slice(lineStart, lineEnd).trim() !== '') {
      paragraphs.push({
        offset: lineStart,
        segments: splitLine(text, lineStart, lineEnd, markStart, markEnd),
      });
    }
    if (!found) break;
    lineStart = found.index + found[0].length;
  }
  return { paragraphs, quoteMissing: Boolean(quote) && markStart < 0 };
}

function splitLine(
  text: string,
  lineStart: number,
  lineEnd: number,
  markStart: number,
  markEnd: number,
): TextSegment[] {
  const from = Math.max(lineStart, markStart);
  const to = Math.min(lineEnd, markEnd);
  if (markStart < 0 || from >= to) return [{ text: text.slice(lineStart, lineEnd), marked: false }];
  const segments: TextSegment[] = [
    { text: text.slice(lineStart, from), marked: false },
    { text: text.slice(from, to), marked: true },
    { text: text.slice(to, lineEnd), marked: false },
  ];
  return segments.filter((segment) => segment.text !== '');
}
