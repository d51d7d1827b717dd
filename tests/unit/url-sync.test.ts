import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LocationWriter, listenToHistory } from '../../src/lib/state/url-sync';
import { EMPTY_FILTERS } from '../../src/lib/state/filters';
import { DEFAULT_TIME, type UrlContext, type UrlState } from '../../src/lib/state/url';
import { DEFAULT_ANALYSIS } from '../../src/lib/state/analysis-url';
import { NO_TRUST_FILTER } from '../../src/lib/trust/trust-filter';
import { BASIC_APPEARANCE } from '../../src/lib/state/explorer.svelte';

const OPTIONS = {
  nodeColor: [{ id: 'kind', kind: 'builtin' as const }],
  nodeSize: [{ id: 'degree', kind: 'builtin' as const }],
  edgeColor: [{ id: 'type', kind: 'builtin' as const }],
};
const ENGLISH: UrlContext = { locale: 'en', appearanceOptions: OPTIONS };
const known = {
  relationTypes: new Set(['met']),
  kinds: new Set<string>(),
  actors: new Set<string>(),
  relations: new Set<string>(),
  documents: new Set<string>(),
  evidenceCount: () => 0,
  appearanceOptions: OPTIONS,
};
import { msg, type Message } from '../../src/lib/i18n/messages';

function stateHiding(...relations: string[]): UrlState {
  return {
    filters: { ...EMPTY_FILTERS, hiddenRelations: new Set(relations) },
    selection: null,
    reader: null,
    time: DEFAULT_TIME,
    appearance: BASIC_APPEARANCE,
    analysis: DEFAULT_ANALYSIS,
    trust: NO_TRUST_FILTER,
    desk: false,
  };
}

describe('LocationWriter', () => {
  let writer: LocationWriter;
  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/');
    writer = new LocationWriter();
  });
  afterEach(() => {
    writer.dispose();
    vi.useRealTimers();
  });

  it('writes after the frame, not during the event, and keeps only the last state', () => {
    const before = window.history.length;
    writer.schedule(stateHiding('met'), ENGLISH);
    writer.schedule(stateHiding('met', 'accused'), ENGLISH);
    expect(window.location.search).toBe('');
    vi.advanceTimersByTime(300);
    expect(new URLSearchParams(window.location.search).get('hide')?.split(',').sort()).toEqual(['accused', 'met']);
    // The first write after a load only spells out the view the page opened on: no new entry.
    expect(window.history.length).toBe(before);
    writer.schedule(stateHiding('sanctioned'), ENGLISH);
    vi.advanceTimersByTime(300);
    expect(window.location.search).toBe('?hide=sanctioned');
    expect(window.history.length).toBe(before + 1);
  });

  it('keeps the language in the address unless it is English', () => {
    writer.schedule(stateHiding(), { ...ENGLISH, locale: 'es' });
    vi.advanceTimersByTime(300);
    expect(window.location.search).toBe('?lang=es');
    writer.schedule(stateHiding(), ENGLISH);
    vi.advanceTimersByTime(300);
    expect(window.location.search).toBe('');
  });

  it('writes at once when the page is left', () => {
    writer.schedule(stateHiding('met'), ENGLISH);
    window.dispatchEvent(new Event('pagehide'));
    expect(window.location.search).toContain('met');
  });

  it('drops a pending write when back/forward names another state', () => {
    const target = { snapshot: () => stateHiding(), restore: vi.fn(), notices: [] as Message[] };
    const stop = listenToHistory(target, () => known, writer);
    writer.schedule(stateHiding('met'), ENGLISH);
    window.dispatchEvent(new PopStateEvent('popstate'));
    vi.advanceTimersByTime(300);
    expect(window.location.search).toBe('');
    expect(target.restore).toHaveBeenCalledTimes(1);
    stop();
  });

  it('hands the notices of a restored address to the target as messages', () => {
    const target = { snapshot: () => stateHiding(), restore: vi.fn(), notices: [] as Message[] };
    const stop = listenToHistory(target, () => known, writer);
    window.history.replaceState(null, '', '/?hide=met,bogus');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(target.notices).toEqual([msg('url_unknown_relation_type', { value: 'bogus', param: 'hide' })]);
    stop();
  });
});
