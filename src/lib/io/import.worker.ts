/**
 * The import worker: opens network files off the page's thread so that a large GEXF does
 * not freeze the page. Workers have no DOMParser, so the XML readers use the light DOM.
 * One request per worker; the page terminates it when the answer came or the user cancels.
 */
import { useLightDom } from '../import/xml-platform';
import { answerImportRequest, type ImportMessage } from './import-protocol';

useLightDom();

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: ImportMessage): void;
};

scope.onmessage = (event) => {
  void answerImportRequest(event.data, (message) => scope.postMessage(message));
};
