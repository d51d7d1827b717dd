/**
 * The details panels and the source reader, as one chunk loaded on demand: nothing in
 * them is needed to show the network, and most of their weight (the reader's highlighting,
 * the pair history and its items) only matters once something is selected.
 */
export { default as SourceReader } from './SourceReader.svelte';
export { default as DetailsPanel } from '../layout/DetailsPanel.svelte';
