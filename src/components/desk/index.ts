/**
 * The coding desk's chunk, fetched the first time the desk is opened (or a saved
 * workspace is brought back): its components, its state and the page's store and reader.
 */
export { default as CodingDesk } from './CodingDesk.svelte';
export { DeskState } from '../../lib/desk/desk.svelte';
export { browserDeskStore } from '../../lib/desk/browser-store';
export { workerArticleReader } from '../../lib/desk/worker-reader';
