/**
 * The layout's work, free of workers and messages: ForceAtlas2 through the library's
 * public synchronous layout, called for a few iterations at a time on the worker's graph,
 * the settle rule checked between calls every few iterations, the iteration cap, then
 * noverlap through its public layout on the same positions. The layout worker drives it in
 * time slices; the tests drive it directly. How many iterations run, and where the run is
 * cut into library calls, depend on the data only, never on the clock: time slicing decides
 * when the worker posts positions, not how far it goes or where it goes.
 */
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import noverlap, { type NoverlapSettings } from 'graphology-layout-noverlap';
import { callLengthsFor, relativeMovement, snapshotPositions, type Positions, type SettleRule } from './convergence';
import { positionsOf, type LayoutGraph } from './layout-graph';

/** Why the layout ended: settled, hit its cap, or stopped from outside. */
export type RunnerState = 'running' | 'settled' | 'capped' | 'stopped';

/** How a layout ended. */
export type LayoutEnding = Exclude<RunnerState, 'running'>;

function snapshot(graph: LayoutGraph): Positions {
  return snapshotPositions((callback) => graph.forEachNode((_node, { x, y }) => callback(x, y)), graph.order);
}

function samePositions(before: Float32Array, graph: LayoutGraph): boolean {
  const after = positionsOf(graph);
  for (let i = 0; i < after.length; i++) if (after[i] !== before[i]) return false;
  return true;
}

/**
 * Spreads overlapping discs apart with the library's noverlap, in place on the graph's
 * positions (sizes are the discs' radii). Returns the passes run. The library runs up to
 * maxIterations passes but does not tell how many it ran, so it is called one pass at a
 * time: noverlap keeps no state between passes (it reads x, y and size afresh), so this
 * moves the nodes exactly as one call would, and a pass that finds no overlap moves nothing,
 * which is where the library itself stops.
 */
export function spreadOverlaps(graph: LayoutGraph, settings: NoverlapSettings, maxIterations: number): number {
  let passes = 0;
  while (passes < maxIterations) {
    const before = positionsOf(graph);
    noverlap.assign(graph, { maxIterations: 1, settings });
    passes++;
    if (samePositions(before, graph)) break;
  }
  return passes;
}

export class LayoutRunner {
  private iterationCount = 0;
  private current: RunnerState = 'running';
  private lastSnapshot: Positions;
  private readonly callLengths: number[];
  private nextCall = 0;

  /**
   * @param graph The worker's graph (layoutGraphFrom), whose positions are updated in place.
   * @param settings ForceAtlas2's settings; the library throws on invalid ones at the first step.
   */
  constructor(
    readonly graph: LayoutGraph,
    private readonly settings: ForceAtlas2Settings,
    readonly rule: SettleRule,
  ) {
    this.callLengths = callLengthsFor(graph.order, rule.checkEvery);
    this.lastSnapshot = snapshot(graph);
    if (graph.order < 2) this.current = 'settled';
  }

  get iterations(): number {
    return this.iterationCount;
  }

  get state(): RunnerState {
    return this.current;
  }

  get done(): boolean {
    return this.current !== 'running';
  }

  /** Share of the iteration cap used, 0..1; 1 once done. */
  get progress(): number {
    return this.done ? 1 : Math.min(1, this.iterationCount / this.rule.maxIterations);
  }

  /**
   * One call of the library (the next of callLengthsFor's calls, or what is left under
   * the cap), then the cap and, at the end of a check window, the settle rule. Returns the
   * iterations run.
   */
  step(): number {
    if (this.done) return 0;
    const length = Math.min(this.callLengths[this.nextCall], this.rule.maxIterations - this.iterationCount);
    // Edge weights are ignored: every edge pulls alike.
    forceAtlas2.assign(this.graph, { iterations: length, settings: this.settings, getEdgeWeight: null });
    this.iterationCount += length;
    this.nextCall = (this.nextCall + 1) % this.callLengths.length;
    if (this.iterationCount >= this.rule.maxIterations) {
      this.current = 'capped';
    } else if (this.nextCall === 0) {
      const current = snapshot(this.graph);
      const movement = relativeMovement(this.lastSnapshot, current);
      this.lastSnapshot = current;
      if (movement < this.rule.threshold) this.current = 'settled';
    }
    return length;
  }

  /**
   * Calls the library until done or until `sliceOver()` (asked after each call, so at least
   * one runs) ends this slice of work. Returns the iterations run.
   */
  runSlice(sliceOver: () => boolean): number {
    let ran = 0;
    while (!this.done) {
      ran += this.step();
      if (sliceOver()) break;
    }
    return ran;
  }

  /** Ends the layout from outside if it is still running; positions stay as they are. Returns how it ended. */
  stop(): LayoutEnding {
    if (this.current === 'running') this.current = 'stopped';
    return this.current;
  }

  /** Current positions as x, y pairs, in a fresh array that can be transferred. */
  positions(): Float32Array {
    return positionsOf(this.graph);
  }
}
