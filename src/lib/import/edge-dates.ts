/**
 * When an edge happened or held: a date (an act) or a start/end span (a standing tie), read
 * from date attributes (Start, End, Date, Timeset...) or, failing those, from what the format
 * itself states (GEXF start/end attributes and spells). Only partial ISO dates count; other
 * values stay attributes and the edge is undated.
 */
import type { AttributeValue, NetworkRelation } from '../data/network';
import type { AttributeRecord } from './record';
import { isBlank } from './record';
import { endsBeforeStart, timesetBounds, toPartialDate } from './values';

/** Time an edge's format states outside its attributes. */
export interface StatedTime {
  start?: string;
  end?: string;
  date?: string;
}

type DateFields = Pick<NetworkRelation, 'date' | 'start' | 'end'>;
/** Why an edge with time values is shown undated: values that are no dates, or an end before the start. */
export type DateIssue = 'not-iso' | 'backwards';

interface DateOutcome {
  fields: DateFields;
  issue?: DateIssue;
}

const START_KEYS = ['start', 'startdate', 'begin'];
const END_KEYS = ['end', 'enddate'];
const DATE_KEYS = ['date', 'timestamp', 'time', 'year'];
const TIMESET_KEYS = ['timeset', 'interval', 'timeinterval'];

/**
 * One reading of raw time values; all of them must be dates or none is used. Equal bounds
 * of an interval the format states (or a timeset) are an instant, so a date; equal `start`
 * and `end` columns are a tie held within that period, as this project's exports write it.
 */
function resolveDates(
  raw: { start?: unknown; end?: unknown; date?: unknown; timeset?: unknown },
  stated = false,
): DateOutcome {
  const present = Object.values(raw).filter((value) => !isBlank(value));
  if (present.length === 0) return { fields: {} };
  let start = isBlank(raw.start) ? undefined : toPartialDate(raw.start);
  let end = isBlank(raw.end) ? undefined : toPartialDate(raw.end);
  const date = isBlank(raw.date) ? undefined : toPartialDate(raw.date);
  const timeset = isBlank(raw.timeset) ? undefined : timesetBounds(raw.timeset);
  const parsed = [start, end, date, timeset].filter((value) => value !== undefined);
  if (parsed.length < present.length) return { fields: {}, issue: 'not-iso' };
  const instant = stated || (start === undefined && end === undefined && timeset !== undefined);
  if (start === undefined && end === undefined && timeset) {
    start = timeset.first;
    end = timeset.last;
  }
  if (start !== undefined && end !== undefined) {
    if (start === end && instant) return { fields: { date: start } };
    if (endsBeforeStart(start, end)) return { fields: {}, issue: 'backwards' };
    return { fields: { start, end } };
  }
  if (start !== undefined) return { fields: { start } };
  if (end !== undefined) return { fields: { end } };
  return { fields: date === undefined ? {} : { date } };
}

function isDated(outcome: DateOutcome): boolean {
  return Object.keys(outcome.fields).length > 0;
}

/**
 * The edge's time. Date attributes are the file's exact words (an exporter may state
 * "2025-10" there and a day interval in the format), so they come first. Marks the date
 * attributes used; `kept` holds stated values that were no dates, to keep as attributes.
 */
export function readEdgeDates(
  record: AttributeRecord,
  stated: StatedTime | undefined,
): { fields: DateFields; issue?: DateIssue; kept: Record<string, AttributeValue> } {
  const keys = [START_KEYS, END_KEYS, DATE_KEYS, TIMESET_KEYS].map((names) => record.find(names));
  const [start, end, date, timeset] = keys.map((key) => record.value(key));
  const fromAttributes = resolveDates({ start, end, date, timeset });
  const fromFormat = resolveDates({ start: stated?.start, end: stated?.end, date: stated?.date }, true);
  const useAttributes = isDated(fromAttributes) || (!isDated(fromFormat) && fromAttributes.issue !== undefined);
  if (useAttributes) {
    if (!fromAttributes.issue) record.use(...keys);
    return { ...fromAttributes, kept: {} };
  }
  const kept: Record<string, AttributeValue> = {};
  if (fromFormat.issue) {
    for (const field of ['start', 'end', 'date'] as const) {
      const value = stated?.[field];
      if (value !== undefined) kept[field] = value;
    }
  }
  return { ...fromFormat, kept };
}
