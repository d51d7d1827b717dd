/**
 * Keeps the address bar and the explorer state in step: every state change that alters
 * the query string becomes a history entry (written just after the frame it caused), and
 * back/forward restore the state they name.
 */
import { parseUrlState, serializeUrlState, type KnownIds, type UrlState } from './url';

export interface UrlSyncTarget {
  snapshot(): UrlState;
  restore(state: UrlState): void;
  notices: string[];
}

/** Reads the current URL into the state; returns the notices about ignored values. */
export function restoreFromLocation(target: UrlSyncTarget, known: KnownIds): string[] {
  const { state, notices } = parseUrlState(window.location.search, known);
  target.restore(state);
  return notices;
}

/** Writes the state to the URL unless it already says the same. */
export function writeToLocation(state: UrlState): void {
  const query = serializeUrlState(state);
  if (query === window.location.search) return;
  const url = `${window.location.pathname}${query}${window.location.hash}`;
  window.history.pushState(null, '', url);
}

/**
 * Writes states to the URL once the frame they caused is on screen: a history entry costs
 * several milliseconds of main-thread time and nothing drawn waits for it. Of states that
 * arrive before the write, the last one wins.
 */
export class LocationWriter {
  private pending: UrlState | null = null;
  private scheduled = false;
  private readonly flushOnLeave = () => this.flush();

  constructor() {
    window.addEventListener('pagehide', this.flushOnLeave);
  }

  schedule(state: UrlState): void {
    this.pending = state;
    if (this.scheduled) return;
    this.scheduled = true;
    const flush = () => this.flush();
    requestAnimationFrame(() => setTimeout(flush, 0));
    // Hidden pages get no animation frames; the address must still follow.
    setTimeout(flush, 250);
  }

  flush(): void {
    this.scheduled = false;
    const state = this.pending;
    this.pending = null;
    if (state) writeToLocation(state);
  }

  /** Forgets a state not yet written (back/forward has just named another one). */
  cancel(): void {
    this.pending = null;
  }

  dispose(): void {
    this.flush();
    window.removeEventListener('pagehide', this.flushOnLeave);
  }
}

/**
 * Back/forward: restore the state the URL names, dropping any write still pending from
 * before. Returns a function that stops listening.
 */
export function listenToHistory(
  target: UrlSyncTarget,
  known: () => KnownIds | null,
  writer?: LocationWriter,
): () => void {
  const onPop = () => {
    writer?.cancel();
    const ids = known();
    if (!ids) return;
    const notices = restoreFromLocation(target, ids);
    if (notices.length) target.notices = notices;
  };
  window.addEventListener('popstate', onPop);
  return () => window.removeEventListener('popstate', onPop);
}

export { serializeUrlState };
