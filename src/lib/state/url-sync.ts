/**
 * Keeps the address bar and the explorer state in step: every state change that alters
 * the query string becomes a history entry, and back/forward restore the state they name.
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

/** Back/forward: restore the state the URL names. Returns a function that stops listening. */
export function listenToHistory(target: UrlSyncTarget, known: () => KnownIds | null): () => void {
  const onPop = () => {
    const ids = known();
    if (!ids) return;
    const notices = restoreFromLocation(target, ids);
    if (notices.length) target.notices = notices;
  };
  window.addEventListener('popstate', onPop);
  return () => window.removeEventListener('popstate', onPop);
}

export { serializeUrlState };
