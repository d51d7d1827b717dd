/**
 * ForceAtlas2 in our own web worker (layout.worker.ts), as a controller with an explicit
 * state: idle or running. The page only flattens the graph into typed arrays, posts them,
 * and applies the positions that come back: the layout libraries are imported by the
 * worker alone, so they stay out of the page's first-view bundle. The worker iterates many
 * times per message and checks the settle rule itself (counted in iterations, so the same
 * data gives the same picture on any machine), spreads overlapping nodes apart with
 * noverlap, posts the final positions and is terminated. While it runs, it posts positions
 * now and then (seldom for big graphs, as every update costs the page a pass of the
 * renderer); each is applied to the graph in one update. A worker that fails is reported to
 * `onError` with a code that the page words. The caller kills the controller on teardown.
 */
import type { ActorGraph } from '../graph/build-graph';
import { settleRuleFor } from './convergence';
import { layoutDataOf } from './layout-graph';
import type { FromWorker, StartMessage, StopMessage } from './layout-protocol';
import type { LayoutEnding } from './layout-runner';
import { NOVERLAP_MAX_ITERATIONS, NOVERLAP_MAX_ORDER, SPREAD_ON_STOP_MAX_ORDER, postIntervalFor } from './settings';

export type LayoutStatus = 'idle' | 'running';

/**
 * Why a layout failed, as a code for the page's message catalogue; `detail` is the
 * worker's own wording, for logs and developers.
 */
export interface LayoutError {
  code: 'layout-failed';
  detail?: string;
}

export type { LayoutEnding } from './layout-runner';

export interface LayoutCallbacks {
  onStatus: (status: LayoutStatus) => void;
  /** Share of the iteration budget used, 0..1, for a progress indicator. */
  onProgress?: (fraction: number) => void;
  /**
   * The worker could not be started, failed, or sent what could not be read; called just
   * before the controller goes idle. Not called after kill().
   */
  onError?: (error: LayoutError) => void;
  /**
   * The worker delivered its final positions, now in the graph; called just before the
   * controller goes idle (like onError, so that the status change comes last).
   */
  onDone?: (ending: LayoutEnding) => void;
  /**
   * Graph units per screen pixel, so that noverlap keeps drawn discs apart; null when the
   * renderer is not mounted (then noverlap is skipped).
   */
  graphUnitsPerPixel?: () => number | null;
}

/** A stopped worker that has not answered by then is terminated anyway. */
export const STOP_GRACE_MS = 3000;

/** The error for a failure described by a string, an Error or DOMException, or nothing. */
function layoutFailed(cause: unknown): LayoutError {
  const message = typeof cause === 'string' ? cause : (cause as { message?: unknown } | null)?.message;
  return typeof message === 'string' && message !== ''
    ? { code: 'layout-failed', detail: message }
    : { code: 'layout-failed' };
}

export class Fa2Controller {
  private worker: Worker | null = null;
  private status: LayoutStatus = 'idle';
  private stopping = false;
  private stopTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly graph: ActorGraph,
    private readonly callbacks: LayoutCallbacks,
  ) {}

  get running(): boolean {
    return this.status === 'running';
  }

  start(): void {
    if (this.status === 'running' || this.graph.order < 2) return;
    const order = this.graph.order;
    const data = layoutDataOf(this.graph);
    const unitsPerPixel = order <= NOVERLAP_MAX_ORDER ? (this.callbacks.graphUnitsPerPixel?.() ?? null) : null;
    const message: StartMessage = {
      type: 'start',
      ...data,
      rule: settleRuleFor(order),
      postEveryMs: postIntervalFor(order),
      unitsPerPixel,
      noverlapMaxIterations: NOVERLAP_MAX_ITERATIONS,
    };
    let worker: Worker;
    try {
      worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      // For example a content security policy without worker-src 'self'.
      this.callbacks.onError?.(layoutFailed(error));
      return;
    }
    worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(worker, event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      if (worker === this.worker) this.fail(event.message);
    };
    worker.onmessageerror = () => {
      if (worker === this.worker) this.fail('a message from the layout worker could not be read');
    };
    this.worker = worker;
    this.stopping = false;
    worker.postMessage(message, [data.positions.buffer, data.sizes.buffer, data.edges.buffer]);
    this.setStatus('running');
  }

  /**
   * Stops now, keeping the positions reached; on graphs up to SPREAD_ON_STOP_MAX_ORDER
   * nodes the worker still spreads overlapping nodes apart first (a fraction of a second).
   * Goes idle when the worker has answered (after the library call in progress: a fraction
   * of a second), or after STOP_GRACE_MS at the latest.
   */
  stop(): void {
    if (this.status !== 'running' || this.stopping || !this.worker) return;
    this.stopping = true;
    const message: StopMessage = { type: 'stop', spread: this.graph.order <= SPREAD_ON_STOP_MAX_ORDER };
    this.worker.postMessage(message);
    this.stopTimer = setTimeout(() => this.finish(), STOP_GRACE_MS);
  }

  /** Teardown: stops without further work or callbacks. Safe to call more than once. */
  kill(): void {
    this.release();
    this.status = 'idle';
  }

  private receive(worker: Worker, message: FromWorker): void {
    if (worker !== this.worker) return;
    if (message.type === 'positions') {
      if (!this.apply(message.positions)) return;
      this.callbacks.onProgress?.(message.progress);
    } else if (message.type === 'progress') {
      this.callbacks.onProgress?.(message.progress);
    } else if (message.type === 'done') {
      if (!this.apply(message.positions)) return;
      this.callbacks.onProgress?.(1);
      this.callbacks.onDone?.(message.state);
      this.finish();
    } else {
      this.fail(message.message);
    }
  }

  /**
   * Writes positions into the graph in one update (one event for the renderer). A graph
   * whose node count changed meanwhile no longer matches the worker's: the layout ends
   * (not an error: the positions are simply obsolete).
   */
  private apply(positions: Float32Array): boolean {
    if (positions.length !== this.graph.order * 2) {
      this.finish();
      return false;
    }
    let i = 0;
    this.graph.updateEachNodeAttributes(
      (_node, attributes) => {
        attributes.x = positions[i++];
        attributes.y = positions[i++];
        return attributes;
      },
      { attributes: ['x', 'y'] },
    );
    return true;
  }

  /** The worker failed: tell the caller, release it and go idle. */
  private fail(detail: unknown): void {
    this.callbacks.onError?.(layoutFailed(detail));
    this.finish();
  }

  /** The worker is done (or failed, or was stopped): release it and go idle. */
  private finish(): void {
    if (!this.worker) return;
    this.release();
    this.setStatus('idle');
  }

  private release(): void {
    if (this.stopTimer !== null) clearTimeout(this.stopTimer);
    this.stopTimer = null;
    this.stopping = false;
    this.worker?.terminate();
    this.worker = null;
  }

  private setStatus(status: LayoutStatus): void {
    this.status = status;
    this.callbacks.onStatus(status);
  }
}
