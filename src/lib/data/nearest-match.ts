/**
 * When a quote is not found in its source, point the editor at where it went wrong: the
 * place where the longest leading or trailing part of the quote does occur, and the
 * source's own text there, aligned with the quote.
 */

export interface NearestMatch {
  /** How many characters of the quote (from its start or its end) the source contains. */
  matchedLength: number;
  /** 1-based line in the source where the aligned text starts. */
  line: number;
  /** The source's own text at that place, about as long as the quote. */
  sourceText: string;
}

/** Longest n such that `test(n)` holds, given it holds for every smaller n. */
function longestPassing(max: number, test: (n: number) => boolean): number {
  let low = 0;
  let high = max;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (test(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

export function findNearestMatch(quote: string, source: string): NearestMatch | null {
  const prefix = longestPassing(quote.length, (n) => source.includes(quote.slice(0, n)));
  const suffix = longestPassing(quote.length, (n) => source.includes(quote.slice(quote.length - n)));
  if (Math.max(prefix, suffix) === 0) return null;
  let start: number;
  if (prefix >= suffix) {
    start = source.indexOf(quote.slice(0, prefix));
  } else {
    start = Math.max(0, source.indexOf(quote.slice(quote.length - suffix)) - (quote.length - suffix));
  }
  return {
    matchedLength: Math.max(prefix, suffix),
    line: source.slice(0, start).split('\n').length,
    sourceText: source.slice(start, start + quote.length),
  };
}
