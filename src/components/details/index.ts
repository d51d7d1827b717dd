/**
 * The details panels and the source reader, as one chunk loaded on demand: nothing in
 * them is needed to show the network, and most of their weight (the reader's highlighting,
 * the pair history and its items) only matters once something is selected.
 */
export { default as ActorPanel } from './ActorPanel.svelte';
export { default as EvidencePanel } from './EvidencePanel.svelte';
export { default as PairHistory } from './PairHistory.svelte';
export { default as SourceReader } from './SourceReader.svelte';
export { pairHistoryItems } from '../../lib/view/pair-history';
