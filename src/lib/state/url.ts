/**
 * The explorer's shareable state ↔ URL query string. Parsing never throws: values that
 * are unknown or malformed are dropped, each with a notice saying what was ignored.
 *
 * Parameters: hide (relation types switched off), hidekinds (actor kinds switched off),
 * isolated=hide, actor | relation (the selection), source + quote (the open source reader
 * and the evidence item it highlights, as relationId:index), from + to (the time window,
 * partial ISO dates, both inclusive), undated=hide.
 */
import type { FilterState } from './filters';
import type { TimeFilter } from '../time/time-filter';
import { parsePartialDate } from '../data/partial-date';

export type Selection = { kind: 'actor'; id: string } | { kind: 'relation'; id: string } | null;

export interface ReaderState {
  document: string;
  /** The evidence item highlighted in the reader. */
  relation?: string;
  evidence?: number;
}

export interface UrlState {
  filters: FilterState;
  selection: Selection;
  reader: ReaderState | null;
  time: TimeFilter;
}

export const DEFAULT_TIME: TimeFilter = { window: null, showUndated: true };

/** What exists in the loaded dataset, so that stale or invented ids are caught. */
export interface KnownIds {
  relationTypes: ReadonlySet<string>;
  kinds: ReadonlySet<string>;
  actors: ReadonlySet<string>;
  relations: ReadonlySet<string>;
  documents: ReadonlySet<string>;
  /** Number of evidence items of a relation. */
  evidenceCount: (relation: string) => number;
}

const KNOWN_PARAMS = new Set([
  'hide',
  'hidekinds',
  'isolated',
  'actor',
  'relation',
  'source',
  'quote',
  'from',
  'to',
  'undated',
  'bench',
]);

const DAY = 86_400_000;

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function parseTime(params: URLSearchParams, notices: string[]): TimeFilter {
  let showUndated = true;
  const undated = params.get('undated');
  if (undated === 'hide') showUndated = false;
  else if (undated !== null && undated !== 'show') {
    notices.push(`Ignored ${quoteForDisplay(undated)} in “undated”: use “hide” or “show”.`);
  }
  const fromValue = params.get('from');
  const toValue = params.get('to');
  if (fromValue === null && toValue === null) return { window: null, showUndated };
  const from = fromValue !== null ? parsePartialDate(fromValue) : null;
  const to = toValue !== null ? parsePartialDate(toValue) : null;
  if (fromValue !== null && !from)
    notices.push(`Ignored the time window start ${quoteForDisplay(fromValue)}: use a date like 2025-10 or 2025-10-16.`);
  if (toValue !== null && !to)
    notices.push(`Ignored the time window end ${quoteForDisplay(toValue)}: use a date like 2025-10 or 2025-10-16.`);
  const start = from ? from.start : -Infinity;
  const end = to ? to.end : Infinity;
  if (!from && !to) return { window: null, showUndated };
  if (end <= start) {
    notices.push('Ignored the time window: it ends before it starts.');
    return { window: null, showUndated };
  }
  return { window: { start, end }, showUndated };
}

function splitList(value: string | null): string[] {
  if (!value) return [];
  return value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

function quoteForDisplay(value: string): string {
  const clipped = value.length > 60 ? value.slice(0, 57) + '…' : value;
  return `“${clipped}”`;
}

export function parseUrlState(search: string, known: KnownIds): { state: UrlState; notices: string[] } {
  const params = new URLSearchParams(search);
  const notices: string[] = [];

  for (const key of new Set(params.keys())) {
    // Time-window parameters belong to the timeline; everything else unknown is noise.
    if (!KNOWN_PARAMS.has(key)) {
      notices.push(`Ignored the unknown URL parameter ${quoteForDisplay(key)}.`);
    }
  }

  const pickKnown = (param: string, allowed: ReadonlySet<string>, what: string): Set<string> => {
    const picked = new Set<string>();
    for (const value of splitList(params.get(param))) {
      if (allowed.has(value)) picked.add(value);
      else notices.push(`Ignored ${quoteForDisplay(value)} in “${param}”: it is not a known ${what}.`);
    }
    return picked;
  };

  const hiddenRelations = pickKnown('hide', known.relationTypes, 'relation type');
  const hiddenKinds = pickKnown('hidekinds', known.kinds, 'actor kind');

  let hideIsolated = false;
  const isolated = params.get('isolated');
  if (isolated === 'hide') hideIsolated = true;
  else if (isolated !== null && isolated !== 'show') {
    notices.push(`Ignored ${quoteForDisplay(isolated)} in “isolated”: use “hide” or “show”.`);
  }

  let selection: Selection = null;
  const actor = params.get('actor');
  const relation = params.get('relation');
  const relationOk = relation !== null && known.relations.has(relation);
  const actorOk = actor !== null && known.actors.has(actor);
  if (relation !== null && !relationOk) {
    notices.push(`Ignored the relation ${quoteForDisplay(relation)}: there is no such relation.`);
  }
  if (actor !== null && !actorOk) {
    notices.push(`Ignored the actor ${quoteForDisplay(actor)}: there is no such actor.`);
  }
  if (relationOk) {
    selection = { kind: 'relation', id: relation };
    if (actorOk) notices.push('The URL selects both an actor and a relation; showing the relation.');
  } else if (actorOk) {
    selection = { kind: 'actor', id: actor };
  }

  let reader: ReaderState | null = null;
  const source = params.get('source');
  if (source !== null) {
    if (!known.documents.has(source)) {
      notices.push(`Ignored the source ${quoteForDisplay(source)}: there is no such document.`);
    } else {
      reader = { document: source };
      const quote = params.get('quote');
      if (quote !== null) {
        const match = /^(.+):(\d{1,4})$/.exec(quote);
        const index = match ? Number(match[2]) : NaN;
        if (match && known.relations.has(match[1]) && index < known.evidenceCount(match[1])) {
          reader = { document: source, relation: match[1], evidence: index };
        } else {
          notices.push(`Ignored the quote ${quoteForDisplay(quote)}: it does not name an evidence item.`);
        }
      }
    }
  } else if (params.has('quote')) {
    notices.push('Ignored “quote”: it needs a “source” to show it in.');
  }

  const time = parseTime(params, notices);
  return { state: { filters: { hiddenRelations, hiddenKinds, hideIsolated }, selection, reader, time }, notices };
}

/** The query string for a state; empty for the default view. Values are sorted for stable URLs. */
export function serializeUrlState(state: UrlState, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  const list = (set: ReadonlySet<string>) => [...set].sort().join(',');
  if (state.filters.hiddenRelations.size) params.set('hide', list(state.filters.hiddenRelations));
  if (state.filters.hiddenKinds.size) params.set('hidekinds', list(state.filters.hiddenKinds));
  if (state.filters.hideIsolated) params.set('isolated', 'hide');
  if (state.selection) params.set(state.selection.kind, state.selection.id);
  if (state.reader) {
    params.set('source', state.reader.document);
    if (state.reader.relation !== undefined && state.reader.evidence !== undefined) {
      params.set('quote', `${state.reader.relation}:${state.reader.evidence}`);
    }
  }
  const window = state.time.window;
  if (window) {
    if (Number.isFinite(window.start)) params.set('from', isoDay(window.start));
    if (Number.isFinite(window.end)) params.set('to', isoDay(window.end - DAY));
  }
  if (!state.time.showUndated) params.set('undated', 'hide');
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}
