/**
 * From the files a user picked or dropped to a checked network, or to the list of what is
 * wrong with them. The work runs in the import worker (import.worker.ts), so the page
 * stays responsive while a large file is parsed; the page only receives the finished
 * Network. Where there is no Worker (jsdom in tests) the same importer runs in the page.
 * The worker is kept between opens and can be started early (prepareImport).
 * Never rejects except when cancelled through `signal`, with the signal's reason (an
 * AbortError): the caller then keeps its current network. Problems are catalogue messages.
 */
import { msg } from '../i18n/messages';
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
  return list.map((file) => file.name).join(', ');
}

/** The importer in the page's own thread: for places without Worker, and when the worker cannot start. */
async function openInPage(list: File[], control: OpenControl): Promise<ImportResult> {
  const [{ importNetwork, MAX_FILE_BYTES }, { readFiles }] = await Promise.all([
    import('../import'),
    import('./read-files'),
  ]);
  if (control.signal?.aborted) throw aborted(control.signal);
  const report = (phase: OpenProgress['phase'], fraction?: number) => control.onProgress?.({ phase, fraction });
  const { files, problems } = await readFiles(list, MAX_FILE_BYTES, (fraction) => report('reading', fraction));
  if (control.signal?.aborted) throw aborted(control.signal);
  if (problems.length) return { ok: false, problems };
  try {
    return importNetwork(files, { progress: report });
  } catch (error) {
    // The importer promises not to throw; if it ever does, the page must still stand.
    return { ok: false, problems: [msg('import_failed', { detail: (error as Error).message })] };
  }
}

/**
 * The import worker kept between opens: created on the first open or on the user's intent
 * to open (prepareImport), reused for every open after, and dropped only when an open is
 * cancelled (it is terminated then) or the worker fails. Creating it costs tens of ms
 * (its script is the whole import pipeline), which would otherwise be paid on each open.
 */
interface KeptWorker {
  worker: Worker;
  /** Whether it has sent any message yet: a worker that never did may not have started at all. */
  answered: boolean;
  /** Whether an open is using it now. */
  busy: boolean;
}

let kept: KeptWorker | null = null;

function startWorker(): KeptWorker | null {
  try {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' });
    const entry: KeptWorker = { worker, answered: false, busy: false };
    // An error while idle (the script did not load): drop it; the next open starts another.
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      drop(entry);
    };
    return entry;
  } catch {
    return null;
  }
}

function drop(entry: KeptWorker): void {
  entry.worker.terminate();
  if (kept === entry) kept = null;
}

/**
 * Starts the import worker ahead of an open (the pointer on "Open network", a file dragged
 * over the page), so that its start-up overlaps the user choosing the file. Does nothing
 * when the worker is already there or there is no Worker; never throws.
 */
export function prepareImport(): void {
  if (kept || typeof Worker === 'undefined') return;
  kept = startWorker();
}

/** The kept worker if it is free (started now if there is none); a one-off worker if an open is using it. */
function takeWorker(): { entry: KeptWorker; oneOff: boolean } | null {
  prepareImport();
  if (kept && !kept.busy) {
    kept.busy = true;
    return { entry: kept, oneOff: false };
  }
  const entry = startWorker();
  if (!entry) return null;
  entry.busy = true;
  return { entry, oneOff: true };
}

/** The importer in a worker; falls back to the page if the worker fails before it answers at all. */
function openInWorker(list: File[], control: OpenControl): Promise<ImportResult> {
  return new Promise<ImportResult>((resolve, reject) => {
    const taken = takeWorker();
    if (!taken) {
      openInPage(list, control).then(resolve, reject);
      return;
    }
    const { entry, oneOff } = taken;
    const { worker } = entry;
    /** Ends this open: the worker is kept for the next one unless `keep` is false or it was a one-off. */
    const finish = (keep: boolean) => {
      control.signal?.removeEventListener('abort', onAbort);
      worker.onmessage = null;
      worker.onmessageerror = null;
      entry.busy = false;
      if (keep && !oneOff) {
        worker.onerror = (event: ErrorEvent) => {
          event.preventDefault();
          drop(entry);
        };
      } else {
        drop(entry);
      }
    };
    const onAbort = () => {
      // Cancelling terminates the worker mid-import; the next open starts a fresh one.
      finish(false);
      reject(aborted(control.signal as AbortSignal));
    };
    control.signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<ImportMessage>) => {
      entry.answered = true;
      const message = event.data;
      if (message.type === 'progress') {
        control.onProgress?.({ phase: message.phase, fraction: message.fraction });
      } else {
        finish(true);
        resolve(message.result);
      }
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      finish(false);
      if (!entry.answered) {
        // The worker script did not load or start (an old browser, a strict policy): read in the page.
        openInPage(list, control).then(resolve, reject);
        return;
      }
      const files = names(list);
      const problem = event.message
        ? msg('read_reader_stopped', { files, detail: event.message })
        : msg('read_reader_stopped_silently', { files });
      resolve({ ok: false, problems: [problem] });
    };
    worker.onmessageerror = () => {
      // The worker may still hold half a network in memory: start afresh next time.
      finish(false);
      resolve({ ok: false, problems: [msg('read_network_not_passed', { files: names(list) })] });
    };
    worker.postMessage({ type: 'open', files: list });
  });
}

/**
 * Opens the files: a network with warnings, or the problems that stop it. The whole
 * catalogue is registered before the answer, so that the page can word its messages.
 */
export async function openFiles(list: File[], control: OpenControl = {}): Promise<ImportResult> {
  if (control.signal?.aborted) throw aborted(control.signal);
  // Loaded beside the import; if it cannot load, the page shows the keys rather than nothing.
  const words = import('../i18n/all-messages').catch(() => undefined);
  let result: ImportResult;
  if (list.length === 0) result = { ok: false, problems: [msg('import_no_file')] };
  else if (typeof Worker === 'undefined') result = await openInPage(list, control);
  else result = await openInWorker(list, control);
  await words;
  return result;
}
