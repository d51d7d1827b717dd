/**
 * The desk's article reader in the page: the extraction runs in a worker started on the
 * first article, so neither the page's thread nor the first view carries it. Requests are
 * answered in order; a worker that fails to start fails the request with its reason.
 */
import type { ArticleReader, ArticleRead } from './desk-ports';
import type { ExtractRequest, ExtractResponse } from '../extract/extract-protocol';
import type { NewName } from '../extract/types';

export function workerArticleReader(): ArticleReader {
  let worker: Worker | null = null;
  let next = 0;
  interface Waiting {
    resolve: (read: ArticleRead) => void;
    reject: (error: Error) => void;
    names: { resolve: (names: NewName[]) => void; reject: (error: Error) => void } | null;
  }
  const waiting = new Map<number, Waiting>();
  const start = (): Worker => {
    if (worker) return worker;
    worker = new Worker(new URL('../extract/extract.worker.ts', import.meta.url), { type: 'module', name: 'extract' });
    worker.onmessage = (event: MessageEvent<ExtractResponse>) => {
      const data = event.data;
      const entry = waiting.get(data.id);
      if (!entry) return;
      if (data.kind === 'reading') {
        const newNames = new Promise<NewName[]>((resolve, reject) => (entry.names = { resolve, reject }));
        entry.resolve({ reading: data.reading, newNames });
        return;
      }
      waiting.delete(data.id);
      if (data.kind === 'names') entry.names?.resolve(data.newNames);
      else if (entry.names) entry.names.reject(new Error(data.reason));
      else entry.reject(new Error(data.reason));
    };
    worker.onerror = (event) => {
      const error = new Error(event.message || 'worker');
      for (const entry of waiting.values()) {
        if (entry.names) entry.names.reject(error);
        else entry.reject(error);
      }
      waiting.clear();
      worker = null;
    };
    return worker;
  };
  return {
    read(text, actors, options) {
      const id = next++;
      const request: ExtractRequest = {
        id,
        text,
        // Plain copies: the actors may be reactive proxies, which cannot be cloned.
        actors: actors.map((a) => ({
          id: a.id,
          label: a.label,
          kind: a.kind,
          aliases: [...a.aliases],
          ...(a.ambiguousAliases ? { ambiguousAliases: [...a.ambiguousAliases] } : {}),
        })),
        options: { ...options },
      };
      return new Promise<ArticleRead>((resolve, reject) => {
        waiting.set(id, { resolve, reject, names: null });
        start().postMessage(request);
      });
    },
  };
}
