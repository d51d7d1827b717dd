/**
 * Reactive inputs for NetworkAnalysis in tests: the network and the view as rune state, so
 * that changing them re-runs the class's effects as the page's state would.
 */
import type { AnalysisSource } from '../../../src/lib/analysis/network-analysis.svelte';
import type { Visibility } from '../../../src/lib/state/filters';

export class AnalysisInputs {
  source = $state.raw<AnalysisSource | null>(null);
  visibility = $state.raw<Visibility | null>(null);
}
