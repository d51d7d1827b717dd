/**
 * The app's milestones as User Timing marks, so that the benchmark harness reads them
 * from the browser instead of guessing: each mark is set once per network load.
 */

export const MILESTONES = {
  dataParsed: 'petro:data-parsed',
  graphBuilt: 'petro:graph-built',
  firstFrame: 'petro:first-frame',
  layoutSettled: 'petro:layout-settled',
} as const;

export type Milestone = (typeof MILESTONES)[keyof typeof MILESTONES];

/** Sets a milestone mark; later loads (an imported network) get a numbered suffix. */
export function markMilestone(name: Milestone, load = 0): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  performance.mark(load === 0 ? name : `${name}#${load}`);
}
