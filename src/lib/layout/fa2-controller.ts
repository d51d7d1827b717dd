/**
 * ForceAtlas2 in its web worker, as a controller with an explicit state: idle or running.
 * It stops by itself when the layout has settled (counted in iterations, so the same data
 * gives the same picture on any machine), then spreads overlapping nodes apart with
 * noverlap and kills the worker. The caller kills it on teardown.
 */
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { ActorGraph } from '../graph/build-graph';
import { relativeMovement, settleRuleFor, snapshotPositions, type Positions } from './convergence';

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

/** noverlap runs on the main thread; above this size it would block the page too long. */
const NOVERLAP_MAX_ORDER = 5000;

export class Fa2Controller {
  private supervisor: FA2Layout | null = null;
  private status: LayoutStatus = 'idle';
  private iterations = 0;
  private lastSnapshot: Positions | null = null;
  private readonly onIteration = () => this.afterIteration();

  constructor(
    private readonly graph: ActorGraph,
    private readonly callbacks: LayoutCallbacks,
  ) {}

  get running(): boolean {
    return this.status === 'running';
  }

  start(): void {
    if (this.status === 'running' || this.graph.order < 2) return;
    const settings = inferSettings(this.graph);
    this.supervisor = new FA2Layout(this.graph, {
      settings: {
        ...settings,
        barnesHutOptimize: this.graph.order > 400,
        // Dissuades hubs from pulling their many neighbours into one knot, which is the
        // typical shape of an ego-centred network like this one.
        outboundAttractionDistribution: true,
      },
      getEdgeWeight: null,
    });
    this.iterations = 0;
    this.lastSnapshot = this.snapshot();
    // The supervisor writes all positions at once per iteration; that event counts them.
    this.graph.on('eachNodeAttributesUpdated', this.onIteration);
    this.supervisor.start();
    this.setStatus('running');
  }

  /** Stops now, keeping positions as they are, and spreads overlapping nodes apart. */
  stop(): void {
    if (this.status !== 'running') return;
    this.release();
    this.spreadOverlaps();
    this.setStatus('idle');
  }

  /** Teardown: stops without further work. Safe to call more than once. */
  kill(): void {
    this.release();
    this.status = 'idle';
  }

  private release(): void {
    this.graph.off('eachNodeAttributesUpdated', this.onIteration);
    this.supervisor?.kill();
    this.supervisor = null;
  }

  private snapshot(): Positions {
    return snapshotPositions(
      (callback) => this.graph.forEachNode((_node, a) => callback(a.x, a.y)),
      this.graph.order,
    );
  }

  private afterIteration(): void {
    if (this.status !== 'running') return;
    this.iterations++;
    const rule = settleRuleFor(this.graph.order);
    this.callbacks.onProgress?.(Math.min(1, this.iterations / rule.maxIterations));
    if (this.iterations >= rule.maxIterations) {
      this.stopAfterThisIteration();
      return;
    }
    if (this.iterations % rule.checkEvery !== 0) return;
    const current = this.snapshot();
    const movement = this.lastSnapshot ? relativeMovement(this.lastSnapshot, current) : Infinity;
    this.lastSnapshot = current;
    if (movement < rule.threshold) this.stopAfterThisIteration();
  }

  /**
   * The iteration event fires inside the supervisor's message handler, which still uses
   * its buffers afterwards: killing it there would break that handler.
   */
  private stopAfterThisIteration(): void {
    queueMicrotask(() => this.stop());
  }

  private spreadOverlaps(): void {
    const unitsPerPixel = this.callbacks.graphUnitsPerPixel?.() ?? null;
    if (unitsPerPixel === null || this.graph.order > NOVERLAP_MAX_ORDER) return;
    noverlap.assign(this.graph, {
      maxIterations: 120,
      settings: { ratio: unitsPerPixel, margin: 6 * unitsPerPixel, expansion: 1.05 },
    });
  }

  private setStatus(status: LayoutStatus): void {
    this.status = status;
    this.callbacks.onStatus(status);
  }
}
