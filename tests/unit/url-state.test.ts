import { describe, expect, it } from 'vitest';
import { DEFAULT_TIME, parseUrlState, serializeUrlState, type UrlState } from '../../src/lib/state/url';
import { DEFAULT_ANALYSIS } from '../../src/lib/state/analysis-url';
import { NO_TRUST_FILTER } from '../../src/lib/trust/trust-filter';
import { EMPTY_FILTERS } from '../../src/lib/state/filters';
import '../../src/lib/i18n/all-messages';
import { formatMessage, msg, type Message } from '../../src/lib/i18n/messages';
import { BASIC_APPEARANCE } from '../../src/lib/state/explorer.svelte';
import type { UrlContext } from '../../src/lib/state/url';
import { OPTIONS, known } from './support/url-network';

const ENGLISH: UrlContext = { locale: 'en', appearanceOptions: OPTIONS };

function english(notices: Message[]): string[] {
  return notices.map((notice) => formatMessage(notice, 'en'));
}

describe('URL state', () => {
  it('round-trips a full state', () => {
    const state: UrlState = {
      filters: { hiddenRelations: new Set(['met', 'accused']), hiddenKinds: new Set(['state']), hideIsolated: true },
      selection: { kind: 'relation', id: 'r1' },
      reader: { document: 'doc-a', relation: 'r1', evidence: 1 },
      time: { window: { start: Date.UTC(2025, 8, 1), end: Date.UTC(2025, 11, 1) }, showUndated: false },
      appearance: { ...BASIC_APPEARANCE, nodeColor: 'attr:group' },
      analysis: DEFAULT_ANALYSIS,
      trust: NO_TRUST_FILTER,
      desk: false,
    };
    const query = serializeUrlState(state, { ...ENGLISH, locale: 'es' });
    expect(query).toBe(
      '?hide=accused%2Cmet&hidekinds=state&isolated=hide&relation=r1&source=doc-a&quote=r1%3A1&start=2025-09-01&end=2025-11-30&undated=hide&color=attr%3Agroup&lang=es',
    );
    const { state: parsed, notices } = parseUrlState(query, known);
    expect(notices).toEqual([]);
    expect(parsed).toEqual(state);
  });

  it('gives an empty query for the default view', () => {
    expect(
      serializeUrlState(
        {
          filters: EMPTY_FILTERS,
          selection: null,
          reader: null,
          time: DEFAULT_TIME,
          appearance: BASIC_APPEARANCE,
          analysis: DEFAULT_ANALYSIS,
          trust: NO_TRUST_FILTER,
          desk: false,
        },
        ENGLISH,
      ),
    ).toBe('');
  });

  it('ignores unknown and malformed values, each with a notice', () => {
    const { state, notices } = parseUrlState(
      '?hide=met,bogus&actor=nobody&isolated=maybe&source=doc-a&quote=r2:7&zzz=1',
      known,
    );
    expect([...state.filters.hiddenRelations]).toEqual(['met']);
    expect(state.selection).toBeNull();
    expect(state.filters.hideIsolated).toBe(false);
    expect(state.reader).toEqual({ document: 'doc-a' });
    expect(notices).toEqual([
      msg('url_unknown_parameter', { value: 'zzz' }),
      msg('url_unknown_relation_type', { value: 'bogus', param: 'hide' }),
      msg('url_bad_switch', { value: 'maybe', param: 'isolated' }),
      msg('url_unknown_actor', { value: 'nobody' }),
      msg('url_unknown_quote', { value: 'r2:7' }),
    ]);
    expect(english(notices)).toEqual([
      'Ignored the unknown URL parameter “zzz”.',
      'Ignored “bogus” in “hide”: it is not a known relation type.',
      'Ignored “maybe” in “isolated”: use “hide” or “show”.',
      'Ignored the actor “nobody”: there is no such actor.',
      'Ignored the quote “r2:7”: it does not name an evidence item.',
    ]);
  });

  it('names the other ignored values: kinds, relations, sources, a quote without a source', () => {
    const { notices } = parseUrlState(
      '?hidekinds=wizard&relation=nope&actor=gustavo-petro&relation=r1&quote=r1:0',
      known,
    );
    expect(notices).toEqual([
      msg('url_unknown_actor_kind', { value: 'wizard', param: 'hidekinds' }),
      msg('url_unknown_relation', { value: 'nope' }),
      msg('url_quote_without_source'),
    ]);
    const both = parseUrlState('?relation=r1&actor=gustavo-petro&source=nowhere', known).notices;
    expect(english(both)).toEqual([
      'The URL selects both an actor and a relation; showing the relation.',
      'Ignored the source “nowhere”: there is no such document.',
    ]);
  });

  it('survives hostile input without throwing', () => {
    for (const search of [
      '?hide=%E0%A4%A',
      '?actor=<script>alert(1)</script>',
      '?' + 'a='.repeat(1000),
      '?quote=:::',
    ]) {
      expect(() => parseUrlState(search, known)).not.toThrow();
    }
  });

  it('clips very long values in notices', () => {
    const { notices } = parseUrlState(`?actor=${'x'.repeat(500)}`, known);
    expect(notices[0]).toEqual(msg('url_unknown_actor', { value: `${'x'.repeat(57)}…` }));
    expect(formatMessage(notices[0], 'en').length).toBeLessThan(150);
    expect(formatMessage(notices[0], 'es').length).toBeLessThan(150);
  });
});

describe('URL selection', () => {
  it('falls back to a valid actor when the relation named is unknown', () => {
    const { state, notices } = parseUrlState('?relation=nope&actor=gustavo-petro', known);
    expect(state.selection).toEqual({ kind: 'actor', id: 'gustavo-petro' });
    expect(notices).toEqual([msg('url_unknown_relation', { value: 'nope' })]);
  });

  it('reports both an unknown actor and an unknown relation', () => {
    const { state, notices } = parseUrlState('?relation=nope&actor=nobody', known);
    expect(state.selection).toBeNull();
    expect(english(notices)).toEqual([
      'Ignored the relation “nope”: there is no such relation.',
      'Ignored the actor “nobody”: there is no such actor.',
    ]);
  });
});

describe('URL time window', () => {
  it('reads partial dates as the whole span they name, both ends inclusive', () => {
    const { state, notices } = parseUrlState('?start=2025-09&end=2025-11', known);
    expect(notices).toEqual([]);
    expect(state.time.window).toEqual({ start: Date.UTC(2025, 8, 1), end: Date.UTC(2025, 11, 1) });
  });

  it('accepts an open-ended window', () => {
    const { state } = parseUrlState('?start=2025', known);
    expect(state.time.window).toEqual({ start: Date.UTC(2025, 0, 1), end: Infinity });
  });

  it('ignores impossible or reversed windows with a notice', () => {
    const impossible = parseUrlState('?start=2025-13&end=nope&undated=maybe', known).notices;
    expect(impossible).toEqual([
      msg('url_bad_switch', { value: 'maybe', param: 'undated' }),
      msg('url_bad_window_start', { value: '2025-13' }),
      msg('url_bad_window_end', { value: 'nope' }),
    ]);
    expect(english(impossible)[1]).toContain('“2025-13”');
    const reversed = parseUrlState('?start=2026&end=2020', known);
    expect(reversed.state.time.window).toBeNull();
    expect(reversed.notices).toEqual([msg('url_window_reversed')]);
    expect(english(reversed.notices)[0]).toContain('ends before it starts');
    expect(formatMessage(reversed.notices[0], 'es')).toBe('Se ignoró la ventana de tiempo: termina antes de empezar.');
  });
});

describe('URL appearance and language', () => {
  it('reads the appearance the network offers and ignores, with a notice, what it does not', () => {
    const { state, notices } = parseUrlState('?color=attr:group&size=pagerank&lang=fr', known);
    expect(state.appearance).toEqual({ ...BASIC_APPEARANCE, nodeColor: 'attr:group' });
    expect(notices).toEqual([
      msg('app_appearance_ignored', { value: 'pagerank', param: 'size' }),
      msg('app_lang_ignored', { value: 'fr' }),
    ]);
    expect(english(notices)[0]).toBe('Ignored “pagerank” in “size”: this network offers no such choice.');
  });
});
