/**
 * Dates in a sentence, resolved with chrono-node against the article's publication date and
 * written as partial ISO dates at the precision the text gives: "in 2016" → "2016",
 * "in late September" → "2025-09", "on January 26" → "2026-01-26". A date without a year is
 * taken to be in the past of the publication, as news reports what happened.
 */
import * as chrono from 'chrono-node';

/** The last moment of a partial ISO date ("2025" → 31 December 2025), the reader's "now". */
export function referenceDate(published: string | undefined): Date | undefined {
  if (!published) return undefined;
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(published);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[3]) return new Date(Date.UTC(year, Number(match[2]) - 1, Number(match[3]), 12));
  if (match[2]) return new Date(Date.UTC(year, Number(match[2]), 0, 12));
  return new Date(Date.UTC(year, 11, 31, 12));
}

const pad = (value: number) => String(value).padStart(2, '0');
const BARE_YEAR = /\b(?:in|since|by|from|until|of|during|before|after)\s+((?:19|20)\d{2})\b/;

/** The first date the sentence gives, as a partial ISO date; undefined when it gives none. */
export function resolveDate(sentence: string, published?: string): string | undefined {
  const reference = referenceDate(published) ?? new Date();
  for (const result of chrono.parse(sentence, reference)) {
    const start = result.start;
    if (!start.isCertain('month') && !start.isCertain('year')) continue;
    const month = start.get('month') ?? 1;
    const day = start.get('day') ?? 1;
    let year = start.get('year') ?? reference.getUTCFullYear();
    if (!start.isCertain('year') && Date.UTC(year, month - 1, day) > reference.getTime()) year -= 1;
    if (start.isCertain('day')) return `${year}-${pad(month)}-${pad(day)}`;
    if (start.isCertain('month')) return `${year}-${pad(month)}`;
    return String(year);
  }
  const bare = BARE_YEAR.exec(sentence);
  return bare ? bare[1] : undefined;
}
