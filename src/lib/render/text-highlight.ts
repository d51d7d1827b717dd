/**
 * Splits a source document into paragraphs and marks where the dataset's quotes sit in it,
 * for the source reader: every quote that relations take from the document, and the one
 * the reader was opened for. Pure, so the component only renders what this returns.
 *
 * Quotes are exact substrings of their documents (the validator checks that), so matching
 * is exact: curly quotes, dashes and accents are never normalised away. Like the validator,
 * a quote is found at its first occurrence only. Quotes may overlap or nest (two relations
 * citing overlapping sentences): a paragraph is cut into runs wherever a quote starts or
 * ends, and each run lists every quote covering it.
 */

/** Anything with a quote to find: a citation of the document (lib/view/document-citations.ts). */
export interface QuoteToMark {
  quote: string;
}

/** A stretch of one paragraph that the same quotes cover (none, for plain text). */
export interface TextRun {
  /** Offset of the run in the whole text: unique, so usable as a key or an id. */
  start: number;
  text: string;
  /** Indices into the citations given, in ascending order; empty when no quote covers it. */
  citations: number[];
  /** Inside the quote the reader was opened for. */
  current: boolean;
}

/** One non-blank line of the source. */
export interface MarkedParagraph {
  /** Offset of the line in the whole text: unique, so usable as a key. */
  offset: number;
  /** At least one citation covers part of it. */
  cited: boolean;
  runs: TextRun[];
}

export interface MarkedText {
  paragraphs: MarkedParagraph[];
  /** How many paragraphs a citation covers at least in part. */
  citedParagraphs: number;
  /** Indices of the citations whose quote is not in the text (nothing is marked for them). */
  missingCitations: number[];
  /** True when a current quote was asked for but is not an exact substring of the text. */
  quoteMissing: boolean;
}

interface Span {
  start: number;
  end: number;
}

interface CitationSpan extends Span {
  index: number;
}

const LINE_BREAK = /\r\n|\r|\n/g;

function locate(text: string, quote: string): Span | null {
  const start = quote === '' ? -1 : text.indexOf(quote);
  return start < 0 ? null : { start, end: start + quote.length };
}

const overlaps = (span: Span, from: number, to: number) => span.start < to && span.end > from;

/**
 * Splits `text` on line breaks (blank lines dropped) and marks the first occurrence of each
 * citation's quote and of `current`, the quote the reader was opened for (which need not be
 * among the citations). A quote that crosses a line break is marked in each paragraph it
 * touches.
 */
export function markCitations(text: string, citations: readonly QuoteToMark[], current: string | null): MarkedText {
  const spans: CitationSpan[] = [];
  const missingCitations: number[] = [];
  citations.forEach(({ quote }, index) => {
    const span = locate(text, quote);
    if (span) spans.push({ ...span, index });
    else missingCitations.push(index);
  });
  const currentSpan = current ? locate(text, current) : null;

  const paragraphs: MarkedParagraph[] = [];
  // A fresh copy: a global regex carries lastIndex from one call to the next.
  const lineBreak = new RegExp(LINE_BREAK);
  let lineStart = 0;
  for (;;) {
    const found = lineBreak.exec(text);
    const lineEnd = found ? found.index : text.length;
    if (text.slice(lineStart, lineEnd).trim() !== '') {
      const runs = splitLine(text, lineStart, lineEnd, spans, currentSpan);
      paragraphs.push({ offset: lineStart, cited: runs.some((run) => run.citations.length > 0), runs });
    }
    if (!found) break;
    lineStart = found.index + found[0].length;
  }
  return {
    paragraphs,
    citedParagraphs: paragraphs.filter((paragraph) => paragraph.cited).length,
    missingCitations,
    quoteMissing: Boolean(current) && !currentSpan,
  };
}

function splitLine(
  text: string,
  lineStart: number,
  lineEnd: number,
  spans: readonly CitationSpan[],
  currentSpan: Span | null,
): TextRun[] {
  const inLine = spans.filter((span) => overlaps(span, lineStart, lineEnd));
  const edges = [...inLine, ...(currentSpan && overlaps(currentSpan, lineStart, lineEnd) ? [currentSpan] : [])];
  const clamp = (offset: number) => Math.min(lineEnd, Math.max(lineStart, offset));
  const cuts = [...new Set([lineStart, lineEnd, ...edges.flatMap((span) => [clamp(span.start), clamp(span.end)])])];
  cuts.sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    runs.push({
      start: from,
      text: text.slice(from, to),
      citations: inLine.filter((span) => overlaps(span, from, to)).map((span) => span.index),
      current: currentSpan !== null && overlaps(currentSpan, from, to),
    });
  }
  return runs;
}
