/**
 * The layout's work, free of workers and messages: ForceAtlas2 iterations on the library's
 * flat matrices, the settle rule checked every few iterations, the iteration cap, then
 * noverlap on the same positions. The layout worker drives it in time slices; the tests
 * drive it directly. How many iterations run depends on the data only, never on the
 * clock: time slicing decides when the worker posts positions, not how far it goes.
 */
import fa2Iterate from 'graphology-layout-forceatlas2/iterate.js';
import { validateSettings as validateFa2Settings } from 'graphology-layout-forceatlas2/helpers.js';
import FA2_DEFAULTS from 'graphology-layout-forceatlas2/defaults.js';
import noverlapIterate from 'graphology-layout-noverlap/iterate.js';
import { validateSettings as validateNoverlapSettings } from 'graphology-layout-noverlap/helpers.js';
import NOVERLAP_DEFAULTS from 'graphology-layout-noverlap/defaults.js';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { NoverlapSettings } from 'graphology-layout-noverlap';
import { matrixPositions, relativeMovement, type Positions, type SettleRule } from './convergence';

/** Numbers per node in ForceAtlas2's node matrix (x and y first). */
export const FA2_NODE_STRIDE = 10;
/** Numbers per edge in ForceAtlas2's edge matrix (source, target, weight). */
export const FA2_EDGE_STRIDE = 3;
const FA2_NODE_SIZE = 8;

/** Why the layout ended: settled, hit its cap, or stopped from outside. */
export type RunnerState = 'running' | 'settled' | 'capped' | 'stopped';

/** The library's settings with its defaults filled in; throws on invalid ones. */
export function completeFa2Settings(settings: ForceAtlas2Settings): Required<ForceAtlas2Settings> {
  const complete = { ...FA2_DEFAULTS, ...settings };
  const error = validateFa2Settings(complete);
  if (error) throw new Error(`ForceAtlas2: ${error.message}`);
  return complete;
}

/** Larger of the x and y spans of the positions in a node matrix. */
export function matrixExtent(matrix: Float32Array, stride: number): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let j = 0; j < matrix.length; j += stride) {
    const x = matrix[j];
    const y = matrix[j + 1];
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return maxX >= minX ? Math.max(maxX - minX, maxY - minY) : 0;
}

/** noverlap's passes at most, after ForceAtlas2. */
export const NOVERLAP_MAX_ITERATIONS = 120;

/**
 * noverlap's settings, in graph units, to keep discs drawn at `unitsPerPixel` graph units
 * per screen pixel about six pixels apart.
 */
export function noverlapSettingsFor(unitsPerPixel: number): NoverlapSettings {
  return { ratio: unitsPerPixel, margin: 6 * unitsPerPixel, expansion: 1.05 };
}

/**
 * Spreads overlapping discs apart with the library's noverlap iterations, in place on a
 * ForceAtlas2 node matrix (noverlap's own matrix is x, y, size). Returns the passes run.
 */
export function spreadOverlaps(nodes: Float32Array, settings: NoverlapSettings, maxIterations: number): number {
  const complete = { ...NOVERLAP_DEFAULTS, ...settings };
  const error = validateNoverlapSettings(complete);
  if (error) throw new Error(`noverlap: ${error.message}`);
  const count = Math.floor(nodes.length / FA2_NODE_STRIDE);
  const matrix = new Float32Array(count * 3);
  for (let i = 0, j = 0; i < count; i++, j += FA2_NODE_STRIDE) {
    matrix[3 * i] = nodes[j];
    matrix[3 * i + 1] = nodes[j + 1];
    matrix[3 * i + 2] = nodes[j + FA2_NODE_SIZE] || 1;
  }
  let passes = 0;
  let converged = false;
  while (passes < maxIterations && !converged) {
    converged = noverlapIterate(complete, matrix).converged;
    passes++;
  }
  for (let i = 0, j = 0; i < count; i++, j += FA2_NODE_STRIDE) {
    nodes[j] = matrix[3 * i];
    nodes[j + 1] = matrix[3 * i + 1];
  }
  return passes;
}

export class LayoutRunner {
  private iterationCount = 0;
  private current: RunnerState = 'running';
  private lastSnapshot: Positions;
  private readonly settings: Required<ForceAtlas2Settings>;

  /**
   * @param nodes ForceAtlas2's node matrix (graphToByteArrays), updated in place.
   * @param edges ForceAtlas2's edge matrix.
   */
  constructor(
    readonly nodes: Float32Array,
    private readonly edges: Float32Array,
    settings: ForceAtlas2Settings,
    readonly rule: SettleRule,
  ) {
    this.settings = completeFa2Settings(settings);
    this.lastSnapshot = matrixPositions(nodes, FA2_NODE_STRIDE);
    if (nodes.length < 2 * FA2_NODE_STRIDE) this.current = 'settled';
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

  /** One iteration, then the cap and the settle rule. Returns whether to go on. */
  step(): boolean {
    if (this.done) return false;
    fa2Iterate(this.settings, this.nodes, this.edges);
    this.iterationCount++;
    if (this.iterationCount >= this.rule.maxIterations) {
      this.current = 'capped';
    } else if (this.iterationCount % this.rule.checkEvery === 0) {
      const snapshot = matrixPositions(this.nodes, FA2_NODE_STRIDE);
      const movement = relativeMovement(this.lastSnapshot, snapshot);
      this.lastSnapshot = snapshot;
      if (movement < this.rule.threshold) this.current = 'settled';
    }
    return !this.done;
  }

  /**
   * Iterates until done or until `sliceOver()` (asked after each iteration, so at least
   * one runs) ends this slice of work. Returns the iterations run.
   */
  runSlice(sliceOver: () => boolean): number {
    let ran = 0;
    while (!this.done) {
      this.step();
      ran++;
      if (sliceOver()) break;
    }
    return ran;
  }

  /** Ends the layout from outside; positions stay as they are. */
  stop(): void {
    if (!this.done) this.current = 'stopped';
  }

  /** Current positions as x, y pairs, in a fresh array that can be transferred. */
  positions(): Float32Array {
    const count = Math.floor(this.nodes.length / FA2_NODE_STRIDE);
    const out = new Float32Array(count * 2);
    for (let i = 0, j = 0; i < count; i++, j += FA2_NODE_STRIDE) {
      out[2 * i] = this.nodes[j];
      out[2 * i + 1] = this.nodes[j + 1];
    }
    return out;
  }
}
