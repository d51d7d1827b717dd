/**
 * The article as the desk shows it: paragraphs (one per non-blank line, as the source
 * reader does) cut into runs at the known-actor mentions and around the passage being
 * coded, each run carrying its offset into the text so that a selection maps back to an
 * exact span. Pure; the component only renders what this returns.
 */
import type { Mention, TextSpan } from '../extract/types';

export interface ArticleRun extends TextSpan {
  text: string;
  /** Index into the mentions, when the run is a mention. */
  mention: number | null;
  /** Inside the passage being coded (the quote of the form or the suggestion looked at). */
  current: boolean;
}

export interface ArticleParagraph extends TextSpan {
  runs: ArticleRun[];
}

const LINE = /[^\r\n]+/g;

export function articleParagraphs(
  text: string,
  mentions: readonly Mention[],
  current: TextSpan | null,
): ArticleParagraph[] {
  const paragraphs: ArticleParagraph[] = [];
  const sorted = mentions
    .map((mention, index) => ({ mention, index }))
    .sort((a, b) => a.mention.start - b.mention.start);
  for (const match of text.matchAll(new RegExp(LINE))) {
    const start = match.index;
    const end = start + match[0].length;
    if (match[0].trim() === '') continue;
    // Every place a run may begin or end inside the line.
    const cuts = new Set([start, end]);
    for (const { mention } of sorted) {
      if (mention.end <= start || mention.start >= end) continue;
      cuts.add(Math.max(start, mention.start));
      cuts.add(Math.min(end, mention.end));
    }
    if (current) {
      if (current.start > start && current.start < end) cuts.add(current.start);
      if (current.end > start && current.end < end) cuts.add(current.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const runs: ArticleRun[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const [from, to] = [points[i], points[i + 1]];
      const found = sorted.find(({ mention }) => mention.start <= from && mention.end >= to);
      runs.push({
        start: from,
        end: to,
        text: text.slice(from, to),
        mention: found ? found.index : null,
        current: current !== null && current.start <= from && current.end >= to,
      });
    }
    paragraphs.push({ start, end, runs });
  }
  return paragraphs;
}

/**
 * The exact span a DOM selection covers, from the offsets of the runs its ends sit in;
 * null when the selection is empty or leaves the article. Trailing and leading white space
 * is trimmed, so a quote never starts or ends with a space.
 */
export function selectionSpan(
  text: string,
  anchor: { runStart: number; offset: number } | null,
  focus: { runStart: number; offset: number } | null,
): TextSpan | null {
  if (!anchor || !focus) return null;
  let start = Math.min(anchor.runStart + anchor.offset, focus.runStart + focus.offset);
  let end = Math.max(anchor.runStart + anchor.offset, focus.runStart + focus.offset);
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

/** The span shortened by one word at its start or its end (trimming a quote, never typing it). */
export function trimSpan(text: string, span: TextSpan, side: 'start' | 'end'): TextSpan {
  const slice = text.slice(span.start, span.end);
  if (side === 'start') {
    const match = /^\S+\s*/.exec(slice);
    const cut = match && match[0].length < slice.length ? match[0].length : 0;
    return { start: span.start + cut, end: span.end };
  }
  const match = /\s*\S+$/.exec(slice);
  const cut = match && match[0].length < slice.length ? match[0].length : 0;
  return { start: span.start, end: span.end - cut };
}

/** A mention with the words around it on its line, to tell one "Petro" from another. */
export interface MentionContext {
  before: string;
  name: string;
  after: string;
  /** Whether text was left out before or after. */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** Up to `width` characters each side of the span, on its line, cut at whole words. */
export function mentionContext(text: string, span: TextSpan, width = 48): MentionContext {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const lineEndAt = text.indexOf('\n', span.end);
  const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
  let from = Math.max(lineStart, span.start - width);
  let to = Math.min(lineEnd, span.end + width);
  // Whole words only: step past a word cut in two at either edge.
  if (from > lineStart && /\S/.test(text[from - 1])) from = text.indexOf(' ', from) + 1 || span.start;
  if (to < lineEnd && /\S/.test(text[to])) to = Math.max(span.end, text.lastIndexOf(' ', to));
  return {
    before: text.slice(Math.min(from, span.start), span.start).trimStart(),
    name: text.slice(span.start, span.end),
    after: text.slice(span.end, to).trimEnd(),
    cutBefore: from > lineStart,
    cutAfter: to < lineEnd,
  };
}
