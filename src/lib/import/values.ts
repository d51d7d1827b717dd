/**
 * Turning the loosely typed values of network files (attribute strings, numbers, lists)
 * into what the Network type holds: attribute values, partial ISO dates, finite numbers,
 * CSS colours, and labels short enough to show.
 */
import type { AttributeValue } from '../data/network';
import { isPartialDate, parsePartialDate } from '../data/partial-date';

export { toFiniteNumber } from '../data/numbers';

/** Longest label kept; longer ones are cut so that a stray paragraph cannot swamp the view. */
export const MAX_LABEL_LENGTH = 500;

/**
 * Attribute names compared loosely: "Modularity Class", "modularity_class" and
 * "modularityClass" are one name.
 */
export function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** A value the Network can keep as an attribute, or undefined for nothing worth keeping. */
export function toAttributeValue(value: unknown): AttributeValue | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (Array.isArray(value)) return value.map((item) => String(toAttributeValue(item) ?? '')).join(', ');
  if (value === null || value === undefined) return undefined;
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/** Plain text for a label or type: strings and numbers; anything else is not a label. */
export function toText(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const text = value.trim();
    return text === '' ? undefined : text;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

const HEX_COLOR = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const RGB_COLOR = /^rgba?\(\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3}\s*(?:,\s*(?:0|1|0?\.\d+)\s*)?\)$/i;
const RGB_TRIPLE = /^\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*$/;

/**
 * A colour the renderer understands (hex or rgb()/rgba()), or undefined. Gephi's CSV
 * "r,g,b" form and bare hex digits are accepted too.
 */
export function toColor(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (HEX_COLOR.test(text) || RGB_COLOR.test(text)) return text;
  if (/^[0-9a-f]{6}$/i.test(text)) return `#${text}`;
  const triple = RGB_TRIPLE.exec(text);
  if (triple) return `rgb(${triple[1]},${triple[2]},${triple[3]})`;
  return undefined;
}

const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const ISO_DATETIME = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/;

/**
 * A partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) from a file's value; a date-time keeps its
 * date, a four-digit whole number is a year. Anything else (Gephi's doubles, "-inf") is
 * not a date.
 */
export function toPartialDate(value: unknown): string | undefined {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 1000 && value <= 9999 ? String(value) : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const candidate = ISO_DATE.test(text) ? text : ISO_DATETIME.exec(text)?.[1];
  return candidate !== undefined && isPartialDate(candidate) ? candidate : undefined;
}

/**
 * The dates in a Gephi Timeset or timestamp list ("<[2012-01-01, 2012-12-31]>",
 * "<[2000, 2004]; [2007, 2009]>"): the earliest and latest, or undefined when any piece is
 * not a date.
 */
export function timesetBounds(value: unknown): { first: string; last: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const pieces = value.split(/[<>[\]();,\s]+/).filter((piece) => piece !== '');
  if (pieces.length === 0) return undefined;
  const dates: string[] = [];
  for (const piece of pieces) {
    const date = toPartialDate(piece);
    if (date === undefined) return undefined;
    dates.push(date);
  }
  dates.sort((a, b) => (parsePartialDate(a)?.start ?? 0) - (parsePartialDate(b)?.start ?? 0));
  return { first: dates[0], last: dates[dates.length - 1] };
}

/** Whether the span of `end` closes before `start` begins: such a pair is no time span. */
export function endsBeforeStart(start: string, end: string): boolean {
  const from = parsePartialDate(start);
  const to = parsePartialDate(end);
  return from !== null && to !== null && to.end <= from.start;
}

/** The text cut to MAX_LABEL_LENGTH characters with an ellipsis, and whether it was cut. */
export function cutLabel(text: string): { text: string; cut: boolean } {
  if (text.length <= MAX_LABEL_LENGTH) return { text, cut: false };
  // Counted and cut by code points so that a surrogate pair is never split.
  const points = Array.from(text);
  if (points.length <= MAX_LABEL_LENGTH) return { text, cut: false };
  return { text: points.slice(0, MAX_LABEL_LENGTH - 1).join('') + '…', cut: true };
}

/**
 * Text that a CSV cell holds, as the attribute value it most likely means: numbers and
 * booleans when the text is exactly one (so "007" stays text), else the text.
 */
export function cellValue(text: string): AttributeValue {
  const trimmed = text.trim();
  if (/^(?:true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === 'true';
  if (/^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(trimmed)) {
    const number = Number(trimmed);
    if (Number.isFinite(number) && String(number) === trimmed) return number;
  }
  return text;
}
