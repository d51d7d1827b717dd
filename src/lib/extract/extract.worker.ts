/**
 * The article reader off the page's thread: mentions, sentences and suggested relations
 * first, then the names that match no actor (compromise, a large library, loads only
 * here). Answers with data, or with a failure the page words.
 */
import { suggestRelations } from './suggest';
import { findNewNames } from './new-names';
import type { ExtractRequest, ExtractResponse } from './extract-protocol';

const answer = (response: ExtractResponse) => self.postMessage(response);

self.onmessage = (event: MessageEvent<ExtractRequest>) => {
  const { id, text, actors, options } = event.data;
  try {
    const reading = suggestRelations(text, actors, options);
    answer({ id, kind: 'reading', reading });
    answer({ id, kind: 'names', newNames: findNewNames(text, reading.mentions) });
  } catch (error) {
    answer({ id, kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
  }
};
