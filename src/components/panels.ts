/**
 * The panels around the canvas — filters, appearance, legend, search, timeline, the
 * relations list, the export menu and the reading hint — as one chunk fetched while the dataset loads. None of them can show
 * anything before the data arrives, so leaving them out of the first view's script costs
 * nothing visible, and the canvas (sigma, the WebGL renderer) starts sooner.
 */
export { default as FiltersPanel } from './panels/FiltersPanel.svelte';
export { default as AppearanceControls } from './panels/AppearanceControls.svelte';
export { default as Legend } from './panels/Legend.svelte';
export { default as SearchBox } from './panels/SearchBox.svelte';
export { default as Timeline } from './timeline/Timeline.svelte';
export { default as RelationsTable } from './panels/RelationsTable.svelte';
export { default as ExportMenu } from './io/ExportMenu.svelte';
export { default as ReadingHint } from './panels/ReadingHint.svelte';
