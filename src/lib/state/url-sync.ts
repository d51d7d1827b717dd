/**
 * Keeps the address bar and the explorer state in step: every state change that alters
 * the query string becomes a history entry (written just after the frame it caused), and
 * back/forward restore the state they name.
 */
import type { Message } from '../i18n/messages';
import { parseUrlState, serializeUrlState, type KnownIds, type UrlContext, type UrlState } from './url';

export interface UrlSyncTarget {
  snapshot(): UrlState;
  restore(state: UrlState): void;
  /** Notices about ignored URL values, as messages the page words in its language. */
  notices: Message[];
}

/** Reads the current URL into the state; returns the notices about ignored values. */
export function restoreFromLocation(target: UrlSyncTarget, known: KnownIds): Message[] {
  const { state, notices } = parseUrlState(window.location.search, known);
  target.restore(state);
  return notices;
}

/**
 * Writes the state to the URL unless it already says the same. `replace` rewrites the
 * current entry instead of adding one: the first write after a load only spells out the
 * view the page opened on (its language, say), which is no step to go back from.
 */
export function writeToLocation(state: UrlState, context: UrlContext, replace = false): void {
  const query = serializeUrlState(state, context);
  if (query === window.location.search) return;
  const url = `${window.location.pathname}${query}${window.location.hash}`;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
}

/**
 * Writes states to the URL once the frame they caused is on screen: a history entry costs
 * several milliseconds of main-thread time and nothing drawn waits for it. Of states that
 * arrive before the write, the last one wins.
 */
export class LocationWriter {
  private pending: { state: UrlState; context: UrlContext } | null = null;
  private scheduled = false;
  /** Nothing written since the page loaded (or a network was opened). */
  private fresh = true;
  private readonly flushOnLeave = () => this.flush();

  constructor() {
    window.addEventListener('pagehide', this.flushOnLeave);
  }

  schedule(state: UrlState, context: UrlContext): void {
    this.pending = { state, context };
    if (this.scheduled) return;
    this.scheduled = true;
    const flush = () => this.flush();
    requestAnimationFrame(() => setTimeout(flush, 0));
    // Hidden pages get no animation frames; the address must still follow.
    setTimeout(flush, 250);
  }

  flush(): void {
    this.scheduled = false;
    const pending = this.pending;
    this.pending = null;
    if (!pending) return;
    writeToLocation(pending.state, pending.context, this.fresh);
    this.fresh = false;
  }

  /** The next write replaces the current entry (a network was just shown). */
  restart(): void {
    this.fresh = true;
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
