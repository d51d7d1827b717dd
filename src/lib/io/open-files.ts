/**
 * From the files a user picked or dropped to a checked network, or to the list of what is
 * wrong with them. The work runs in the import worker (import.worker.ts), so the page
 * stays responsive while a large file is parsed; the page only receives the finished
 * Network. Where there is no Worker (jsdom in tests) the same importer runs in the page.
 * Never rejects except when cancelled through `signal`, with the signal's reason (an
 * AbortError): the caller then keeps its current network.
 */
import type { ImportResult } from '../import';
import type { ImportMessage, OpenProgress } from './import-protocol';

export type { OpenProgress } from './import-protocol';

/** How the caller follows and stops an open. */
export interface OpenControl {
  /** Aborting stops the import (the worker is terminated) and rejects with the reason. */
  signal?: AbortSignal;
  /** Hears each step: reading, parsing, checking, building, with a fraction where known. */
  onProgress?: (progress: OpenProgress) => void;
}

function aborted(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The open was cancelled.', 'AbortError');
}

function names(list: File[]): string {
  return list.map((file) => file.name).join(', ') || 'The file';
}

/** The importer in the page's own thread: for places without Worker, and when the worker cannot start. */
async function openInPage(list: File[], control: OpenControl): Promise<ImportResult> {
  const [{ importNetwork, MAX_FILE_BYTES }, { readFiles }] = await Promise.all([import('../import'), import('./read-files')]);
  if (control.signal?.aborted) throw aborted(control.signal);
  const report = (phase: OpenProgress['phase'], fraction?: number) => control.onProgress?.({ phase, fraction });
  const { files, problems } = await readFiles(list, MAX_FILE_BYTES, (fraction) => report('reading', fraction));
  if (control.signal?.aborted) throw aborted(control.signal);
  if (problems.length) return { ok: false, problems };
  try {
    return importNetwork(files, { progress: report });
  } catch (error) {
    // The importer promises not to throw; if it ever does, the page must still stand.
    return { ok: false, problems: [`The file could not be read: ${(error as Error).message}`] };
  }
}

/** The importer in a worker; falls back to the page if the worker fails before it answers at all. */
function openInWorker(list: File[], control: OpenControl): Promise<ImportResult> {
  return new Promise<ImportResult>((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' });
    } catch {
      openInPage(list, control).then(resolve, reject);
      return;
    }
    let heard = false;
    const finish = () => {
      worker.terminate();
      control.signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(aborted(control.signal as AbortSignal));
    };
    control.signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<ImportMessage>) => {
      heard = true;
      const message = event.data;
      if (message.type === 'progress') {
        control.onProgress?.({ phase: message.phase, fraction: message.fraction });
      } else {
        finish();
        resolve(message.result);
      }
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      finish();
      if (!heard) {
        // The worker script did not load or start (an old browser, a strict policy): read in the page.
        openInPage(list, control).then(resolve, reject);
        return;
      }
      resolve({ ok: false, problems: [`${names(list)}: could not be read (the reader stopped: ${event.message || 'unknown error'})`] });
    };
    worker.onmessageerror = () => {
      finish();
      resolve({ ok: false, problems: [`${names(list)}: could not be read (the network could not be passed to the page)`] });
    };
    worker.postMessage({ type: 'open', files: list });
  });
}

/** Opens the files: a network with warnings, or the problems that stop it. */
export async function openFiles(list: File[], control: OpenControl = {}): Promise<ImportResult> {
  if (control.signal?.aborted) throw aborted(control.signal);
  if (typeof Worker === 'undefined') return openInPage(list, control);
  return openInWorker(list, control);
}
