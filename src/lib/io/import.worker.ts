/**
 * The import worker: opens network files off the page's thread so that a large GEXF does
 * not freeze the page. Workers have no DOMParser, so the XML readers use the light DOM.
 * The page keeps one worker and sends it one request at a time; it terminates the worker
 * only when the user cancels (or the worker failed), and starts a fresh one for the next open.
 */
// First: the XML parsers bind the global DOMParser and Document when they are evaluated.
import '../import/light-dom-globals';
import { answerImportRequest, type ImportMessage } from './import-protocol';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: ImportMessage): void;
};

scope.onmessage = (event) => {
  void answerImportRequest(event.data, (message) => scope.postMessage(message));
};
