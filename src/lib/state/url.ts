/**
 * The explorer's shareable state ↔ URL query string. Parsing never throws: values that
 * are unknown or malformed are dropped, each with a notice saying what was ignored (a
 * catalogue message with the ignored value, clipped, as its parameter).
 *
 * Parameters: hide (relation types switched off), hidekinds (actor kinds switched off),
 * isolated=hide, actor | relation (the selection), source + quote (the open source reader
 * and the evidence item it highlights, as relationId:index), start + end (the time window,
 * partial ISO dates, both inclusive), undated=hide, color + size + edgecolor (the
 * appearance, when it is not the network's default) and lang (es or en, when not English;
 * the language itself is chosen and applied by src/lib/i18n). The questions asked of the
 * network (connection, focus, periods compared, list and tool shown) are read and written by
 * analysis-url.ts.
 */
import type { FilterState } from './filters';
import type { TimeFilter } from '../time/time-filter';
import { parsePartialDate } from '../data/partial-date';
import { msg, type Message } from '../i18n/messages';
import { BASE_LOCALE, isLocale, type Locale } from '../i18n/locale';
import { appearanceParams, parseAppearance, type AppearanceChoice, type AppearanceOptions } from '../appearance';
import { ANALYSIS_PARAMS, parseAnalysisState, writeAnalysisState, type AnalysisState } from './analysis-url';
import { TRUST_PARAMS, parseTrustFilter, writeTrustFilter } from './trust-url';
import type { TrustFilter } from '../trust/trust-filter';

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
  /** What colours and sizes actors and relations; an option id per aspect. */
  appearance: AppearanceChoice;
  /** The questions asked of the network and the panels shown for them. */
  analysis: AnalysisState;
  /** Which relations the trust filters keep: reported as fact, corroborated, one document's. */
  trust: TrustFilter;
  /** The coding desk is open (desk=open). */
  desk: boolean;
}

/** What a URL is written against: the language shown and what the network offers by default. */
export interface UrlContext {
  locale: Locale;
  appearanceOptions: AppearanceOptions;
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
  /** What can colour and size this network, so that the URL's appearance is checked against it. */
  appearanceOptions: AppearanceOptions;
}

/** Every parameter the address may carry; `bench` belongs to the benchmark harness. */
export const URL_PARAMS: readonly string[] = [
  'hide',
  'hidekinds',
  'isolated',
  'actor',
  'relation',
  'source',
  'quote',
  'start',
  'end',
  'undated',
  'color',
  'size',
  'edgecolor',
  'lang',
  ...ANALYSIS_PARAMS,
  ...TRUST_PARAMS,
  'desk',
  'bench',
];

const KNOWN_PARAMS = new Set(URL_PARAMS);

const DAY = 86_400_000;

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function parseTime(params: URLSearchParams, notices: Message[]): TimeFilter {
  let showUndated = true;
  const undated = params.get('undated');
  if (undated === 'hide') showUndated = false;
  else if (undated !== null && undated !== 'show') {
    notices.push(msg('url_bad_switch', { value: clipForDisplay(undated), param: 'undated' }));
  }
  const fromValue = params.get('start');
  const toValue = params.get('end');
  if (fromValue === null && toValue === null) return { window: null, showUndated };
  const from = fromValue !== null ? parsePartialDate(fromValue) : null;
  const to = toValue !== null ? parsePartialDate(toValue) : null;
  if (fromValue !== null && !from) notices.push(msg('url_bad_window_start', { value: clipForDisplay(fromValue) }));
  if (toValue !== null && !to) notices.push(msg('url_bad_window_end', { value: clipForDisplay(toValue) }));
  const start = from ? from.start : -Infinity;
  const end = to ? to.end : Infinity;
  if (!from && !to) return { window: null, showUndated };
  if (end <= start) {
    notices.push(msg('url_window_reversed'));
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

/** Longest value a notice shows whole; longer ones are cut, with an ellipsis, to this length. */
const MAX_SHOWN_VALUE = 60;

/** A value from the address as a notice shows it (the message puts it in quotes): long ones cut short. */
function clipForDisplay(value: string): string {
  return value.length > MAX_SHOWN_VALUE ? value.slice(0, MAX_SHOWN_VALUE - 3) + '…' : value;
}

export function parseUrlState(search: string, known: KnownIds): { state: UrlState; notices: Message[] } {
  const params = new URLSearchParams(search);
  const notices: Message[] = [];

  for (const key of new Set(params.keys())) {
    // Time-window parameters belong to the timeline; everything else unknown is noise.
    if (!KNOWN_PARAMS.has(key)) notices.push(msg('url_unknown_parameter', { value: clipForDisplay(key) }));
  }

  const pickKnown = (
    param: string,
    allowed: ReadonlySet<string>,
    unknownKey: 'url_unknown_relation_type' | 'url_unknown_actor_kind',
  ): Set<string> => {
    const picked = new Set<string>();
    for (const value of splitList(params.get(param))) {
      if (allowed.has(value)) picked.add(value);
      else notices.push(msg(unknownKey, { value: clipForDisplay(value), param }));
    }
    return picked;
  };

  const hiddenRelations = pickKnown('hide', known.relationTypes, 'url_unknown_relation_type');
  const hiddenKinds = pickKnown('hidekinds', known.kinds, 'url_unknown_actor_kind');

  let hideIsolated = false;
  const isolated = params.get('isolated');
  if (isolated === 'hide') hideIsolated = true;
  else if (isolated !== null && isolated !== 'show') {
    notices.push(msg('url_bad_switch', { value: clipForDisplay(isolated), param: 'isolated' }));
  }

  let selection: Selection = null;
  const actor = params.get('actor');
  const relation = params.get('relation');
  const relationOk = relation !== null && known.relations.has(relation);
  const actorOk = actor !== null && known.actors.has(actor);
  if (relation !== null && !relationOk) notices.push(msg('url_unknown_relation', { value: clipForDisplay(relation) }));
  if (actor !== null && !actorOk) notices.push(msg('url_unknown_actor', { value: clipForDisplay(actor) }));
  if (relationOk) {
    selection = { kind: 'relation', id: relation };
    if (actorOk) notices.push(msg('url_actor_and_relation'));
  } else if (actorOk) {
    selection = { kind: 'actor', id: actor };
  }

  let reader: ReaderState | null = null;
  const source = params.get('source');
  if (source !== null) {
    if (!known.documents.has(source)) {
      notices.push(msg('url_unknown_source', { value: clipForDisplay(source) }));
    } else {
      reader = { document: source };
      const quote = params.get('quote');
      if (quote !== null) {
        const match = /^(.+):(\d{1,4})$/.exec(quote);
        const index = match ? Number(match[2]) : NaN;
        if (match && known.relations.has(match[1]) && index < known.evidenceCount(match[1])) {
          reader = { document: source, relation: match[1], evidence: index };
        } else {
          notices.push(msg('url_unknown_quote', { value: clipForDisplay(quote) }));
        }
      }
    }
  } else if (params.has('quote')) {
    notices.push(msg('url_quote_without_source'));
  }

  const time = parseTime(params, notices);
  const { choice: appearance, ignored } = parseAppearance(
    { color: params.get('color'), size: params.get('size'), edgecolor: params.get('edgecolor') },
    known.appearanceOptions,
  );
  for (const { param, value } of ignored) {
    notices.push(msg('app_appearance_ignored', { value: clipForDisplay(value), param }));
  }
  const lang = params.get('lang');
  if (lang !== null && !isLocale(lang)) notices.push(msg('app_lang_ignored', { value: clipForDisplay(lang) }));
  const analysis = parseAnalysisState(params, known.actors, notices, clipForDisplay);
  const trust = parseTrustFilter(params, known.documents, notices, clipForDisplay);
  const deskValue = params.get('desk');
  if (deskValue !== null && deskValue !== 'open') {
    notices.push(msg('url_bad_choice', { value: clipForDisplay(deskValue), param: 'desk' }));
  }
  return {
    state: {
      filters: { hiddenRelations, hiddenKinds, hideIsolated },
      selection,
      reader,
      time,
      appearance,
      analysis,
      trust,
      desk: deskValue === 'open',
    },
    notices: limitNotices(notices),
  };
}

/** Notices listed one by one; an address with more ignored values says how many more. */
export const MAX_URL_NOTICES = 12;

function limitNotices(notices: Message[]): Message[] {
  if (notices.length <= MAX_URL_NOTICES) return notices;
  const rest = notices.length - MAX_URL_NOTICES;
  return [...notices.slice(0, MAX_URL_NOTICES), msg('url_more_ignored', { count: rest })];
}

/**
 * The query string for a state; empty for the default view in English. Values are sorted
 * for stable URLs; the language is written unless it is English, which a link without
 * `lang` opens in when the reader's browser prefers no language the explorer has.
 */
export function serializeUrlState(state: UrlState, context: UrlContext): string {
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
    if (Number.isFinite(window.start)) params.set('start', isoDay(window.start));
    if (Number.isFinite(window.end)) params.set('end', isoDay(window.end - DAY));
  }
  if (!state.time.showUndated) params.set('undated', 'hide');
  for (const [param, value] of Object.entries(appearanceParams(state.appearance, context.appearanceOptions))) {
    params.set(param, value);
  }
  writeAnalysisState(state.analysis, params);
  writeTrustFilter(state.trust, params);
  if (state.desk) params.set('desk', 'open');
  if (context.locale !== BASE_LOCALE) params.set('lang', context.locale);
  const text = params.toString();
  return text ? `?${text}` : '';
}
