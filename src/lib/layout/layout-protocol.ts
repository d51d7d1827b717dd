/**
 * The messages between the layout controller (page) and the layout worker. Node positions
 * travel as Float32Arrays of x, y pairs in the graph's node order, both ways, transferred
 * rather than copied. Type-only imports: the page's bundle gets none of the worker's code.
 */
import type { SettleRule } from './convergence';
import type { LayoutGraphData } from './layout-graph';
import type { LayoutEnding } from './layout-runner';

/**
 * Page → worker: lay out this graph (layoutDataOf: positions, sizes and edges as index
 * pairs, transferred). The worker chooses ForceAtlas2's settings from the node count.
 */
export interface StartMessage extends LayoutGraphData {
  type: 'start';
  rule: SettleRule;
  /** Least time between two 'positions' messages. */
  postEveryMs: number;
  /**
   * Graph units per screen pixel for the positions as sent, so that noverlap keeps drawn
   * discs apart; null skips noverlap. The worker rescales it to the final extent, as the
   * renderer fits the graph to the screen.
   */
  unitsPerPixel: number | null;
  noverlapMaxIterations: number;
}

/** Page → worker: end now; `spread` runs noverlap on the positions reached. */
export interface StopMessage {
  type: 'stop';
  spread: boolean;
}

export type ToWorker = StartMessage | StopMessage;

/** Worker → page: positions while running. */
export interface PositionsMessage {
  type: 'positions';
  positions: Float32Array;
  iterations: number;
  /** Share of the iteration cap used, 0..1. */
  progress: number;
}

/** Worker → page: how far the layout is, between two position updates. */
export interface ProgressMessage {
  type: 'progress';
  iterations: number;
  /** Share of the iteration cap used, 0..1. */
  progress: number;
}

/** Worker → page: final positions; the worker has nothing more to say. */
export interface DoneMessage {
  type: 'done';
  positions: Float32Array;
  iterations: number;
  state: LayoutEnding;
  /** noverlap passes run (0 when skipped). */
  spreadPasses: number;
}

/** Worker → page: the layout failed; the worker has nothing more to say. */
export interface ErrorMessage {
  type: 'error';
  message: string;
}

export type FromWorker = PositionsMessage | ProgressMessage | DoneMessage | ErrorMessage;
