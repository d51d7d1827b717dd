/**
 * The layout's lifecycle for the graph on screen, as reactive state for components: one
 * Fa2Controller at a time, its status and progress, and the error of the last run.
 * Components read `status`, `progress` and `error` and call start, stop and kill; the
 * controller does the work (see fa2-controller.ts). A new start replaces the run in
 * progress, so a component can hand over a new graph (or re-run the layout) without
 * tracking workers.
 */
import type { ActorGraph } from '../graph/build-graph';
import { Fa2Controller, type LayoutEnding, type LayoutError, type LayoutStatus } from './fa2-controller';

export type { LayoutError, LayoutStatus } from './fa2-controller';

export interface LayoutStateOptions {
  /**
   * A run ended by itself (settled, or reached its iteration cap) and its final positions
   * are in the graph. Not called when the run was stopped, failed or killed, nor for a
   * graph of fewer than two nodes, which has nothing to lay out.
   */
  onSettled?: () => void;
}

export class LayoutState {
  status = $state<LayoutStatus>('idle');
  /** Share of the run's iteration budget used, 0..1. */
  progress = $state(0);
  /** Why the last run failed; null while it has not (cleared by the next start). */
  error = $state.raw<LayoutError | null>(null);

  #controller: Fa2Controller | null = null;
  /** The current run delivered its final positions by itself; onSettled follows once idle. */
  #endedByItself = false;
  readonly #onSettled: (() => void) | undefined;

  constructor(options: LayoutStateOptions = {}) {
    this.#onSettled = options.onSettled;
  }

  /**
   * Lays out `graph` from its current positions, replacing any run in progress.
   * `graphUnitsPerPixel` gives the renderer's scale, so that noverlap keeps drawn discs
   * apart (null or absent: no noverlap).
   */
  start(graph: ActorGraph, graphUnitsPerPixel?: () => number | null): void {
    this.kill();
    this.error = null;
    this.progress = 0;
    const controller = new Fa2Controller(graph, {
      onStatus: (status) => {
        if (controller !== this.#controller) return;
        this.status = status;
        if (status === 'idle' && this.#endedByItself) {
          this.#endedByItself = false;
          this.#onSettled?.();
        }
      },
      onProgress: (fraction) => {
        if (controller === this.#controller) this.progress = fraction;
      },
      onError: (error) => {
        if (controller === this.#controller) this.error = error;
      },
      onDone: (ending: LayoutEnding) => {
        if (controller === this.#controller) this.#endedByItself = ending !== 'stopped';
      },
      graphUnitsPerPixel,
    });
    this.#controller = controller;
    controller.start();
  }

  /** Ends the run soon, keeping the positions reached (see Fa2Controller.stop). */
  stop(): void {
    this.#controller?.stop();
  }

  /** Ends the run now, without further work or callbacks (teardown, or a new graph). */
  kill(): void {
    this.#controller?.kill();
    this.#controller = null;
    this.#endedByItself = false;
    this.status = 'idle';
  }
}
