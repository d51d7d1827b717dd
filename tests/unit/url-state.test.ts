import { describe, expect, it } from 'vitest';
import { DEFAULT_TIME, parseUrlState, serializeUrlState, type KnownIds, type UrlState } from '../../src/lib/state/url';
import { EMPTY_FILTERS } from '../../src/lib/state/filters';

const known: KnownIds = {
  relationTypes: new Set(['met', 'sanctioned', 'accused']),
  kinds: new Set(['person', 'state']),
  actors: new Set(['gustavo-petro', 'donald-trump']),
  relations: new Set(['r1', 'r2']),
  documents: new Set(['doc-a']),
  evidenceCount: (id) => (id === 'r1' ? 2 : 1),
};

describe('URL state', () => {
  it('round-trips a full state', () => {
    const state: UrlState = {
      filters: { hiddenRelations: new Set(['met', 'accused']), hiddenKinds: new Set(['state']), hideIsolated: true },
      selection: { kind: 'relation', id: 'r1' },
      reader: { document: 'doc-a', relation: 'r1', evidence: 1 },
      time: { window: { start: Date.UTC(2025, 8, 1), end: Date.UTC(2025, 11, 1) }, showUndated: false },
    };
    const query = serializeUrlState(state);
    expect(query).toBe(
      '?hide=accused%2Cmet&hidekinds=state&isolated=hide&relation=r1&source=doc-a&quote=r1%3A1&from=2025-09-01&to=2025-11-30&undated=hide',
    );
    const { state: parsed, notices } = parseUrlState(query, known);
    expect(notices).toEqual([]);
    expect(parsed).toEqual(state);
  });

  it('gives an empty query for the default view', () => {
    expect(serializeUrlState({ filters: EMPTY_FILTERS, selection: null, reader: null, time: DEFAULT_TIME })).toBe('');
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
    expect(notices).toHaveLength(5);
    expect(notices.join(' ')).toContain('“bogus”');
    expect(notices.join(' ')).toContain('“nobody”');
    expect(notices.join(' ')).toContain('“zzz”');
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
    expect(notices[0].length).toBeLessThan(150);
  });
});

describe('URL selection', () => {
  it('falls back to a valid actor when the relation named is unknown', () => {
    const { state, notices } = parseUrlState('?relation=nope&actor=gustavo-petro', known);
    expect(state.selection).toEqual({ kind: 'actor', id: 'gustavo-petro' });
    expect(notices).toHaveLength(1);
  });

  it('reports both an unknown actor and an unknown relation', () => {
    const { state, notices } = parseUrlState('?relation=nope&actor=nobody', known);
    expect(state.selection).toBeNull();
    expect(notices).toHaveLength(2);
  });
});

describe('URL time window', () => {
  it('reads partial dates as the whole span they name, both ends inclusive', () => {
    const { state, notices } = parseUrlState('?from=2025-09&to=2025-11', known);
    expect(notices).toEqual([]);
    expect(state.time.window).toEqual({ start: Date.UTC(2025, 8, 1), end: Date.UTC(2025, 11, 1) });
  });

  it('accepts an open-ended window', () => {
    const { state } = parseUrlState('?from=2025', known);
    expect(state.time.window).toEqual({ start: Date.UTC(2025, 0, 1), end: Infinity });
  });

  it('ignores impossible or reversed windows with a notice', () => {
    expect(parseUrlState('?from=2025-13', known).notices[0]).toContain('“2025-13”');
    const reversed = parseUrlState('?from=2026&to=2020', known);
    expect(reversed.state.time.window).toBeNull();
    expect(reversed.notices[0]).toContain('ends before it starts');
  });
});
