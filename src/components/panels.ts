/**
 * The panels around the canvas — filters, appearance, legend, search, timeline, the
 * relations list, opening and exporting, the reading hint, notices and problem alerts — as one
 * chunk fetched while the dataset loads. None of them can show
 * anything before the data arrives, so leaving them out of the first view's script costs
 * nothing visible, and the canvas (sigma, the WebGL renderer) starts sooner.
 */
// The notices shown here are worded by messages the page names by key (see page-messages.ts).
import '../lib/i18n/page-messages';

export { default as SearchBox } from './panels/SearchBox.svelte';
export { default as Timeline } from './timeline/Timeline.svelte';
export { default as ExportMenu } from './io/ExportMenu.svelte';
export { default as ReadingHint } from './panels/ReadingHint.svelte';
export { default as ProblemAlert } from './io/ProblemAlert.svelte';
export { default as Notices } from './Notices.svelte';
export { default as OpenNetwork } from './io/OpenNetwork.svelte';
export { default as Sheet } from './layout/Sheet.svelte';
export { default as ToolsPanel } from './layout/ToolsPanel.svelte';
export { default as ListsPanel } from './layout/ListsPanel.svelte';
