import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LocationWriter, listenToHistory } from '../../src/lib/state/url-sync';
import { EMPTY_FILTERS } from '../../src/lib/state/filters';
import { DEFAULT_TIME, type UrlState } from '../../src/lib/state/url';

function stateHiding(...relations: string[]): UrlState {
  return {
    filters: { ...EMPTY_FILTERS, hiddenRelations: new Set(relations) },
    selection: null,
    reader: null,
    time: DEFAULT_TIME,
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
    writer.schedule(stateHiding('met'));
    writer.schedule(stateHiding('met', 'accused'));
    expect(window.location.search).toBe('');
    vi.advanceTimersByTime(300);
    expect(new URLSearchParams(window.location.search).get('hide')?.split(',').sort()).toEqual(['accused', 'met']);
    expect(window.history.length).toBe(before + 1);
  });

  it('writes at once when the page is left', () => {
    writer.schedule(stateHiding('met'));
    window.dispatchEvent(new Event('pagehide'));
    expect(window.location.search).toContain('met');
  });

  it('drops a pending write when back/forward names another state', () => {
    const target = { snapshot: () => stateHiding(), restore: vi.fn(), notices: [] as string[] };
    const known = {
      relationTypes: new Set(['met']),
      kinds: new Set<string>(),
      actors: new Set<string>(),
      relations: new Set<string>(),
      documents: new Set<string>(),
      evidenceCount: () => 0,
    };
    const stop = listenToHistory(target, () => known, writer);
    writer.schedule(stateHiding('met'));
    window.dispatchEvent(new PopStateEvent('popstate'));
    vi.advanceTimersByTime(300);
    expect(window.location.search).toBe('');
    expect(target.restore).toHaveBeenCalledTimes(1);
    stop();
  });
});
