/**
 * A stand-in for the browser's Worker class (jsdom has none), for tests of the layout's
 * page side: it records what the page posts, whether it was terminated, and lets the test
 * answer as the layout worker would. Install it with `vi.stubGlobal('Worker', FakeWorker)`.
 */
import type { FromWorker, StartMessage } from '../../../src/lib/layout/layout-protocol';

export class FakeWorker {
  static instances: FakeWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  sent: Array<{ message: unknown; transfer?: Transferable[] }> = [];
  terminated = false;

  constructor(
    readonly url: URL | string,
    readonly options?: WorkerOptions,
  ) {
    FakeWorker.instances.push(this);
  }

  postMessage(message: unknown, transfer?: Transferable[]): void {
    this.sent.push({ message, transfer });
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Answers the page as the layout worker would. */
  reply(message: FromWorker): void {
    this.onmessage?.({ data: message } as MessageEvent);
  }
}

/** The worker started last. */
export const latestWorker = (): FakeWorker => FakeWorker.instances.at(-1)!;

/** The start message a worker got. */
export const startOf = (worker: FakeWorker): StartMessage => worker.sent[0].message as StartMessage;

/** Positions for `count` nodes that differ from any node's current place. */
export function positionsFor(count: number, offset = 1000): Float32Array {
  return Float32Array.from({ length: count * 2 }, (_, i) => offset + i);
}
