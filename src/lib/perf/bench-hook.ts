/**
 * The benchmark harness (npm run bench) opens the page with `?bench=1` and needs to find
 * nodes on screen, drive the camera and know when the layout runs; nothing else reads this.
 * Kept out of the canvas component so that it stays a view.
 */
import type Sigma from 'sigma';

export interface BenchTarget {
  sigma: () => Sigma | null;
  layoutRunning: () => boolean;
  stopLayout: () => void;
  /** The label boxes drawn in the last frame, so tests can check none overlaps. */
  labelBoxes: () => { node: string; x: number; y: number; width: number; height: number }[];
}

/** Exposes the target on `window.__petroBench` when the address asks for it. */
export function exposeForBenchmark(target: BenchTarget): void {
  if (typeof window === 'undefined' || !new URLSearchParams(window.location.search).has('bench')) return;
  (window as unknown as { __petroBench: BenchTarget }).__petroBench = target;
}
