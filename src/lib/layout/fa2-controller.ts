/**
 * ForceAtlas2 in our own web worker (layout.worker.ts), as a controller with an explicit
 * state: idle or running. The worker iterates many times per message and checks the
 * settle rule itself (counted in iterations, so the same data gives the same picture on
 * any machine), spreads overlapping nodes apart with noverlap, posts the final positions
 * and is terminated. While it runs, it posts positions now and then (seldom for big
 * graphs, as every update costs the page a pass of the renderer); each is applied to the
 * graph in one update. The caller kills the controller on teardown.
 */
import { graphToByteArrays } from 'graphology-layout-forceatlas2/helpers.js';
import type { ActorGraph } from '../graph/build-graph';
import { settleRuleFor } from './convergence';
import type { FromWorker, StartMessage, StopMessage } from './layout-protocol';
import { NOVERLAP_MAX_ITERATIONS } from './layout-runner';
import { NOVERLAP_MAX_ORDER, SPREAD_ON_STOP_MAX_ORDER, fa2SettingsFor, postIntervalFor } from './settings';

export type LayoutStatus = 'idle' | 'running';

export interface LayoutCallbacks {
  onStatus: (status: LayoutStatus) => void;
  /** Share of the iteration budget used, 0..1, for a progress indicator. */
  onProgress?: (fraction: number) => void;
  /**
   * Graph units per screen pixel, so that noverlap keeps drawn discs apart; null when the
   * renderer is not mounted (then noverlap is skipped).
   */
  graphUnitsPerPixel?: () => number | null;
}

/** A stopped worker that has not answered by then is terminated anyway. */
export const STOP_GRACE_MS = 3000;

const unitWeight = () => 1;

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
    // Edge weights are ignored: every edge pulls alike.
    const { nodes, edges } = graphToByteArrays(this.graph, unitWeight);
    const unitsPerPixel = order <= NOVERLAP_MAX_ORDER ? (this.callbacks.graphUnitsPerPixel?.() ?? null) : null;
    const message: StartMessage = {
      type: 'start',
      nodes,
      edges,
      settings: fa2SettingsFor(order),
      rule: settleRuleFor(order),
      postEveryMs: postIntervalFor(order),
      unitsPerPixel,
      noverlapMaxIterations: NOVERLAP_MAX_ITERATIONS,
    };
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(worker, event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      if (worker === this.worker) this.finish();
    };
    worker.onmessageerror = () => {
      if (worker === this.worker) this.finish();
    };
    this.worker = worker;
    this.stopping = false;
    worker.postMessage(message, [nodes.buffer, edges.buffer]);
    this.setStatus('running');
  }

  /**
   * Stops now, keeping the positions reached; on graphs up to SPREAD_ON_STOP_MAX_ORDER
   * nodes the worker still spreads overlapping nodes apart first (a fraction of a second). Goes idle when the
   * worker has answered (within one iteration), or after STOP_GRACE_MS at the latest.
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
      if (this.apply(message.positions)) this.callbacks.onProgress?.(1);
      this.finish();
    } else {
      this.finish();
    }
  }

  /**
   * Writes positions into the graph in one update (one event for the renderer). A graph
   * whose node count changed meanwhile no longer matches the worker's: the layout ends.
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
