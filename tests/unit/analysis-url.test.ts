/**
 * The questions asked of the network in the address: a connection with its options, the
 * focus depth and direction, the periods compared, the list and tool shown; round trips,
 * defaults left out, and every malformed value dropped with a notice.
 */
import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState, type UrlState } from '../../src/lib/state/url';
import { DEFAULT_ANALYSIS } from '../../src/lib/state/analysis-url';
import { NO_TRUST_FILTER } from '../../src/lib/trust/trust-filter';
import { EMPTY_FILTERS } from '../../src/lib/state/filters';
import { DEFAULT_TIME } from '../../src/lib/state/url';
import { BASIC_APPEARANCE } from '../../src/lib/state/explorer.svelte';
import { formatMessage } from '../../src/lib/i18n/messages';
import '../../src/lib/i18n/page-messages';
import { OPTIONS, known } from './support/url-network';

const base: UrlState = {
  filters: EMPTY_FILTERS,
  selection: null,
  reader: null,
  time: DEFAULT_TIME,
  appearance: BASIC_APPEARANCE,
  analysis: DEFAULT_ANALYSIS,
  trust: NO_TRUST_FILTER,
  desk: false,
};
const context = { locale: 'en' as const, appearanceOptions: OPTIONS };

describe('analysis state in the address', () => {
  it('round-trips a connection, a focus, two periods, a list and a tool', () => {
    const state: UrlState = {
      ...base,
      selection: { kind: 'actor', id: 'gustavo-petro' },
      analysis: {
        connection: {
          from: 'donald-trump',
          to: 'gustavo-petro',
          polarity: 'hostile',
          timeOrder: true,
          allowUndated: false,
        },
        focus: { depth: 2, direction: 'out' },
        compare: { mode: 'ranges', a: { from: '2024', to: '2024-12' }, b: { from: '2025', to: '2025-12' } },
        list: 'actors',
        tool: 'compare',
      },
    };
    const query = serializeUrlState(state, context);
    expect(query).toBe(
      '?actor=gustavo-petro&from=donald-trump&to=gustavo-petro&paths=hostile&order=dated&focus=2&focusdir=out&compare=2024..2024-12%2C2025..2025-12&list=actors&tool=compare',
    );
    const parsed = parseUrlState(query, known);
    expect(parsed.notices).toEqual([]);
    expect(parsed.state).toEqual(state);
  });

  it('leaves the defaults out, and keeps undated steps allowed with order=any', () => {
    expect(serializeUrlState(base, context)).toBe('');
    const { state } = parseUrlState('?from=donald-trump&to=gustavo-petro&order=any', known);
    expect(state.analysis.connection).toEqual({
      from: 'donald-trump',
      to: 'gustavo-petro',
      polarity: 'any',
      timeOrder: true,
      allowUndated: true,
    });
  });

  it('drops what is malformed, each with a notice', () => {
    const { state, notices } = parseUrlState(
      '?from=nobody&to=gustavo-petro&paths=friendly&focus=7&focusdir=up&compare=2025..2024&list=maps&tool=x',
      known,
    );
    expect(state.analysis).toEqual(DEFAULT_ANALYSIS);
    expect(notices.map((notice) => formatMessage(notice, 'en'))).toEqual([
      'Ignored “friendly” in “paths”: that value is not one of its choices.',
      'Ignored the actor “nobody” in “from”: there is no such actor.',
      'Ignored “up” in “focusdir”: that value is not one of its choices.',
      'Ignored “7” in “focus”: that value is not one of its choices.',
      'Ignored the periods to compare “2025..2024”: write them as 2024..2024-12,2025..2025-12 or before:2025-01.',
      'Ignored “maps” in “list”: that value is not one of its choices.',
      'Ignored “x” in “tool”: that value is not one of its choices.',
    ]);
    expect(parseUrlState('?from=donald-trump', known).notices.map((n) => formatMessage(n, 'en'))).toEqual([
      'Ignored the connection: it needs both “from” and “to”.',
    ]);
  });
});
