/**
 * A stand-in for the analysis Worker (jsdom has none) that runs the real worker's handler
 * in-process: messages are structured-cloned both ways (buffers transferred, as a worker
 * would), the handler's queue is drained with setTimeout, and answers arrive asynchronously.
 * Tests can make it fail as a crashing worker would.
 */
import {
  createAnalysisState,
  handleAnalysisMessage,
  type AnalysisWorkerState,
} from '../../../src/lib/analysis/analysis-handler';
import type { FromAnalysisWorker, ToAnalysisWorker } from '../../../src/lib/analysis/analysis-protocol';
import type { AnalysisWorkerLike } from '../../../src/lib/analysis/analysis-client';
import type { MetricsOptions } from '../../../src/lib/analysis/metrics';

export class FakeAnalysisWorker implements AnalysisWorkerLike {
  static instances: FakeAnalysisWorker[] = [];
  onmessage: ((event: MessageEvent<FromAnalysisWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly state: AnalysisWorkerState;
  /** What the page sent, in order. */
  readonly received: ToAnalysisWorker[] = [];
  /** What the handler posted, in order. */
  readonly posted: FromAnalysisWorker[] = [];
  terminated = false;

  constructor(metricsOptions: Omit<MetricsOptions, 'onProgress'> = {}) {
    this.state = createAnalysisState((task) => setTimeout(() => !this.terminated && task(), 0), metricsOptions);
    FakeAnalysisWorker.instances.push(this);
  }

  postMessage(message: unknown, transfer?: Transferable[] | StructuredSerializeOptions): void {
    if (this.terminated) return;
    const options = Array.isArray(transfer) ? { transfer } : transfer;
    const copy = structuredClone(message, options) as ToAnalysisWorker;
    this.received.push(copy);
    setTimeout(() => {
      if (this.terminated) return;
      handleAnalysisMessage(this.state, copy, (answer) => {
        this.posted.push(answer);
        const data = structuredClone(answer);
        setTimeout(() => !this.terminated && this.onmessage?.({ data } as MessageEvent<FromAnalysisWorker>), 0);
      });
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Fails as a crashed worker: an error event on the page's side. */
  crash(message = 'boom'): void {
    this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
  }
}

/** Waits until the fake workers have nothing left to do (a few timer turns). */
export async function settle(turns = 20): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}
