/**
 * Numbers, dates, lists and names in the chosen language, through `Intl` — the one place
 * where the page's dates are worded. Partial dates keep the precision the source gave
 * ("2025", "octubre de 2025", "16 de octubre de 2025"); time windows and axis ticks say
 * as much as their bounds do. All dates are UTC: the sources give calendar dates, not
 * moments, so no time zone may move a day.
 */
import { PARTIAL_DATE_PATTERN, isPartialDate } from '../data/partial-date';
import { m } from './generated/messages.js';
import { INTL_LOCALE, type Locale } from './locale';

const cache = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: 'UTC', ...options });
    cache.set(key, format);
  }
  return format;
}

const YEAR: Intl.DateTimeFormatOptions = { year: 'numeric' };
const LONG_MONTH: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long' };
const LONG_DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };
const SHORT_MONTH: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short' };
const SHORT_DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' };

const numberFormats = new Map<Locale, Intl.NumberFormat>();

export function formatNumber(value: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale]);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/** A number with at most `digits` significant digits (metrics: betweenness, PageRank). */
export function formatDecimal(value: number, locale: Locale, digits = 3): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumSignificantDigits: digits }).format(value);
}

/** A partial ISO date in words at its own precision; anything else is returned as it is. */
export function formatPartialDate(value: string, locale: Locale): string {
  const match = PARTIAL_DATE_PATTERN.exec(value);
  if (!match || !isPartialDate(value)) return value;
  const [, year, month, day] = match;
  const time = Date.UTC(Number(year), month === undefined ? 0 : Number(month) - 1, day === undefined ? 1 : Number(day));
  const options = month === undefined ? YEAR : day === undefined ? LONG_MONTH : LONG_DAY;
  return dateFormat(locale, options).format(time);
}

/** When a relation happened or held, in words, as precise as the source; '' when undated. */
export function describeRelationTime(
  relation: { date?: string; start?: string; end?: string },
  locale: Locale,
): string {
  const words = (value: string) => formatPartialDate(value, locale);
  if (relation.date) return words(relation.date);
  // A tie the source attests at one time only: that time, not "between 1998 and 1998".
  if (relation.start && relation.start === relation.end) return words(relation.start);
  if (relation.start && relation.end)
    return m.time_between({ start: words(relation.start), end: words(relation.end) }, { locale });
  if (relation.start) return m.time_since({ start: words(relation.start) }, { locale });
  if (relation.end) return m.time_until({ end: words(relation.end) }, { locale });
  return '';
}

const isYearStart = (time: number) => {
  const d = new Date(time);
  return d.getUTCMonth() === 0 && d.getUTCDate() === 1 && time % 86_400_000 === 0;
};
const isMonthStart = (time: number) => new Date(time).getUTCDate() === 1 && time % 86_400_000 === 0;

/**
 * A time window (half-open, UTC ms) in short words, as coarse as its bounds allow:
 * "2022 – 2025", "Oct 2025 – Feb 2026", "3 Oct 2025 – 14 Feb 2026"; a single year, month
 * or day once. Infinite bounds are worded as "until" / "since".
 */
export function formatWindow(window: { start: number; end: number }, locale: Locale): string {
  const startKnown = Number.isFinite(window.start);
  const endKnown = Number.isFinite(window.end);
  if (!startKnown && !endKnown) return m.time_all({}, { locale });
  const start = startKnown ? window.start : window.end - 1;
  const end = endKnown ? window.end : window.start + 1;
  const options =
    (!startKnown || isYearStart(start)) && (!endKnown || isYearStart(end))
      ? YEAR
      : (!startKnown || isMonthStart(start)) && (!endKnown || isMonthStart(end))
        ? SHORT_MONTH
        : SHORT_DAY;
  const format = dateFormat(locale, options);
  if (!startKnown) return m.time_until({ end: format.format(end - 1) }, { locale });
  if (!endKnown) return m.time_since({ start: format.format(start) }, { locale });
  const first = format.format(start);
  const last = format.format(end - 1);
  return first === last ? first : format.formatRange(start, end - 1);
}

/**
 * A window bound for screen readers: "October 2025" on a month boundary, else "3 February
 * 2026". An end bound is exclusive, so it names the month or day it closes.
 */
export function describeBound(time: number, side: 'start' | 'end', locale: Locale): string {
  const inside = side === 'end' ? time - 1 : time;
  return dateFormat(locale, isMonthStart(time) ? LONG_MONTH : LONG_DAY).format(inside);
}

/** An axis tick: the year at a year's start, "Oct 2025" at a month's, "8 Oct" inside one. */
export function tickLabel(time: number, locale: Locale): string {
  if (isYearStart(time)) return dateFormat(locale, YEAR).format(time);
  if (isMonthStart(time)) return dateFormat(locale, SHORT_MONTH).format(time);
  return dateFormat(locale, { month: 'short', day: 'numeric' }).format(time);
}

/** A list in words: "A, B and C" / "A, B y C". */
export function formatList(
  items: readonly string[],
  locale: Locale,
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return new Intl.ListFormat(INTL_LOCALE[locale], { type }).format(items);
}

/** A country's name from its ISO 3166-1 code, or the code when Intl does not know it. */
export function regionName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([INTL_LOCALE[locale]], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A language's name from its BCP 47 tag ("en" → "English" / "inglés"). */
export function languageName(tag: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([INTL_LOCALE[locale]], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Text comparison for sorting names in the chosen language. */
export function collator(locale: Locale): Intl.Collator {
  return new Intl.Collator(INTL_LOCALE[locale], { sensitivity: 'base', numeric: true });
}
