/**
 * Uncaught errors and unhandled promise rejections, turned into a notice the user sees
 * rather than a line in the console only. `PageErrors.listen` watches `window`'s `error`
 * and `unhandledrejection` events and hands each one, as a catalogue message
 * (`app_unexpected_error`, with a short detail), to a callback; the page adds it to its
 * notices. The browser still logs the error as usual: nothing is swallowed. The count and
 * last message are rune state, for a view that wants them.
 */
import { m } from '../i18n/generated/messages.js';
import { msg, registerMessages, type Message } from '../i18n/messages';

// The page words this message by key (the notices list formats messages), so register it.
registerMessages({ app_unexpected_error: m.app_unexpected_error });

/** Longest detail shown; the console keeps the whole error and its stack. */
const MAX_DETAIL = 200;

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_DETAIL ? flat.slice(0, MAX_DETAIL - 1) + '…' : flat;
}

/** A short, readable description of whatever was thrown or rejected. */
export function errorDetail(reason: unknown): string {
  if (reason instanceof Error) return clip(reason.message || reason.name);
  if (typeof reason === 'string') return clip(reason);
  if (reason === undefined || reason === null) return String(reason);
  try {
    return clip(String(reason));
  } catch {
    return typeof reason;
  }
}

/** The notice for an uncaught error or an unhandled rejection. */
export function pageErrorMessage(reason: unknown): Message {
  return msg('app_unexpected_error', { detail: errorDetail(reason) || '?' });
}

export class PageErrors {
  /** How many errors were reported since the page started listening. */
  count = $state(0);
  /** The latest reported message. */
  last = $state.raw<Message | null>(null);

  /**
   * Starts listening on `target` (the window); each error becomes a message handed to
   * `onError`. The same detail twice in a row is handed once, so an error repeated by a
   * loop or a frame callback does not flood the notices. Returns a function that stops.
   */
  listen(onError: (message: Message) => void, target: Window = window): () => void {
    const report = (reason: unknown) => {
      const message = pageErrorMessage(reason);
      if (this.last?.params?.detail === message.params?.detail) return;
      this.count += 1;
      this.last = message;
      onError(message);
    };
    const onErrorEvent = (event: ErrorEvent) => report(event.error ?? event.message);
    const onRejection = (event: PromiseRejectionEvent) => report(event.reason);
    target.addEventListener('error', onErrorEvent);
    target.addEventListener('unhandledrejection', onRejection);
    return () => {
      target.removeEventListener('error', onErrorEvent);
      target.removeEventListener('unhandledrejection', onRejection);
    };
  }
}
