/**
 * The layout worker's logic, with the worker's globals passed in so that it runs (and is
 * tested) anywhere: on 'start' it rebuilds the page's graph from the message, chooses
 * ForceAtlas2's settings for its size, builds a LayoutRunner and iterates in short slices,
 * yielding between them so a 'stop' message gets through; it posts positions at most every
 * `postEveryMs` (and, in between, its progress about four times a second), and when the
 * layout has settled, hit its cap or been stopped, it spreads overlaps with noverlap and
 * posts the final positions.
 */
import { layoutGraphFrom, positionsExtent } from './layout-graph';
import { LayoutRunner, spreadOverlaps } from './layout-runner';
import type { FromWorker, StartMessage, ToWorker } from './layout-protocol';
import { fa2SettingsFor, noverlapSettingsFor } from './worker-settings';

/**
 * Work done before the worker looks at its messages again: library calls until this much
 * time has passed, at least one (a call is a few iterations: see callLengthsFor).
 */
export const SLICE_MS = 16;

/** Least time between two progress reports (cheap: no positions). */
export const PROGRESS_EVERY_MS = 250;

export interface SessionIo {
  post(message: FromWorker, transfer: Transferable[]): void;
  /** Runs `task` soon, after pending messages (a MessageChannel in the worker). */
  schedule(task: () => void): void;
  now(): number;
}

export class LayoutSession {
  private runner: LayoutRunner | null = null;
  private start: StartMessage | null = null;
  private startExtent = 0;
  private lastPost = 0;
  private lastProgress = 0;

  constructor(private readonly io: SessionIo) {}

  /** Whether a layout is in progress. */
  get busy(): boolean {
    return this.runner !== null;
  }

  handle(message: ToWorker): void {
    try {
      if (message.type === 'start') this.begin(message);
      else if (message.type === 'stop') this.finish(message.spread);
    } catch (error) {
      this.fail(error);
    }
  }

  private begin(message: StartMessage): void {
    const graph = layoutGraphFrom(message);
    this.start = message;
    this.runner = new LayoutRunner(graph, fa2SettingsFor(graph.order), message.rule);
    this.startExtent = positionsExtent(message.positions);
    this.lastPost = this.io.now();
    this.lastProgress = this.lastPost;
    this.io.schedule(() => this.tick());
  }

  private tick(): void {
    const runner = this.runner;
    if (!runner) return;
    try {
      const sliceEnd = this.io.now() + SLICE_MS;
      runner.runSlice(() => this.io.now() >= sliceEnd);
      if (runner.done) {
        this.finish(true);
        return;
      }
      const now = this.io.now();
      if (now - this.lastPost >= (this.start?.postEveryMs ?? 0)) {
        this.lastPost = now;
        this.lastProgress = now;
        const positions = runner.positions();
        this.io.post({ type: 'positions', positions, iterations: runner.iterations, progress: runner.progress }, [
          positions.buffer,
        ]);
      } else if (now - this.lastProgress >= PROGRESS_EVERY_MS) {
        this.lastProgress = now;
        this.io.post({ type: 'progress', iterations: runner.iterations, progress: runner.progress }, []);
      }
      this.io.schedule(() => this.tick());
    } catch (error) {
      this.fail(error);
    }
  }

  private finish(spread: boolean): void {
    const runner = this.runner;
    const start = this.start;
    if (!runner || !start) return;
    this.runner = null;
    const state = runner.stop();
    let spreadPasses = 0;
    if (spread && start.unitsPerPixel !== null && start.unitsPerPixel > 0) {
      // The renderer fits the graph's extent to the screen: units per pixel grow with it.
      const extent = positionsExtent(runner.positions());
      const scale = this.startExtent > 0 && extent > 0 ? extent / this.startExtent : 1;
      spreadPasses = spreadOverlaps(
        runner.graph,
        noverlapSettingsFor(start.unitsPerPixel * scale),
        start.noverlapMaxIterations,
      );
    }
    const positions = runner.positions();
    this.io.post({ type: 'done', positions, iterations: runner.iterations, state, spreadPasses }, [positions.buffer]);
  }

  private fail(error: unknown): void {
    this.runner = null;
    this.io.post({ type: 'error', message: error instanceof Error ? error.message : String(error) }, []);
  }
}
