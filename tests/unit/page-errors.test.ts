/**
 * Page errors reach the user: an uncaught error (an `ErrorEvent` on window) and an
 * unhandled rejection (a `PromiseRejectionEvent`) each become the `app_unexpected_error`
 * notice with a short detail, worded in both languages; the same detail twice in a row is
 * handed once, and stopping removes the listeners.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { formatMessage, type Message } from '../../src/lib/i18n/messages';
import { errorDetail, pageErrorMessage, PageErrors } from '../../src/lib/state/page-errors.svelte';

let stop: (() => void) | null = null;

afterEach(() => {
  stop?.();
  stop = null;
});

function listen(): { errors: PageErrors; received: Message[] } {
  const errors = new PageErrors();
  const received: Message[] = [];
  stop = errors.listen((message) => received.push(message), window);
  return { errors, received };
}

function rejection(reason: unknown): PromiseRejectionEvent {
  const promise = Promise.reject(reason);
  promise.catch(() => {});
  return new PromiseRejectionEvent('unhandledrejection', { promise, reason });
}

describe('page errors', () => {
  it('turns an uncaught error into a notice', () => {
    const { errors, received } = listen();
    window.dispatchEvent(new ErrorEvent('error', { error: new TypeError('x is undefined'), message: 'ignored' }));
    expect(received).toEqual([{ key: 'app_unexpected_error', params: { detail: 'x is undefined' } }]);
    expect(errors.count).toBe(1);
    expect(errors.last).toEqual(received[0]);
    expect(formatMessage(received[0], 'en')).toBe(
      'Something went wrong on the page: x is undefined. Your view is kept; reload if something looks stuck.',
    );
    expect(formatMessage(received[0], 'es')).toContain('x is undefined');
  });

  it('uses the event message when the error object is missing', () => {
    const { received } = listen();
    window.dispatchEvent(new ErrorEvent('error', { message: 'Script error.' }));
    expect(received.map((message) => message.params?.detail)).toEqual(['Script error.']);
  });

  it('turns an unhandled rejection into a notice', () => {
    const { received } = listen();
    window.dispatchEvent(rejection(new Error('network down')));
    window.dispatchEvent(rejection('plain reason'));
    expect(received.map((message) => message.params?.detail)).toEqual(['network down', 'plain reason']);
  });

  it('hands the same detail twice in a row only once', () => {
    const { errors, received } = listen();
    for (let i = 0; i < 3; i += 1) window.dispatchEvent(rejection(new Error('again')));
    expect(received).toHaveLength(1);
    expect(errors.count).toBe(1);
  });

  it('stops listening', () => {
    const { received } = listen();
    stop?.();
    stop = null;
    // Vitest reports window errors that no listener of the test hears; this one hears them.
    const hear = () => {};
    window.addEventListener('error', hear);
    try {
      window.dispatchEvent(new ErrorEvent('error', { error: new Error('late') }));
      window.dispatchEvent(rejection(new Error('late too')));
    } finally {
      window.removeEventListener('error', hear);
    }
    expect(received).toEqual([]);
  });

  it('describes anything thrown, briefly', () => {
    expect(errorDetail(new RangeError(''))).toBe('RangeError');
    expect(errorDetail(undefined)).toBe('undefined');
    expect(errorDetail({ toString: () => 'an object' })).toBe('an object');
    expect(errorDetail(Object.create(null))).toBe('object');
    expect(errorDetail('a\n  multi-line\treason')).toBe('a multi-line reason');
    const long = errorDetail('x'.repeat(500));
    expect(long).toHaveLength(200);
    expect(long.endsWith('…')).toBe(true);
    expect(pageErrorMessage('')).toEqual({ key: 'app_unexpected_error', params: { detail: '?' } });
  });
});
