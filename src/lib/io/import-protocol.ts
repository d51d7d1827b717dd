/**
 * The messages between the page and the import worker, and the worker's side of them as a
 * plain async function (so tests run it without a worker). The page sends the File objects
 * themselves; the worker reads, sniffs, parses, checks and builds the Network, telling the
 * page each step, and answers with the ImportResult. Cancelling is the page terminating
 * the worker: there is no cancel message. Problems and warnings travel as catalogue
 * messages (plain objects of key and parameters), which structured clone copies as they are.
 */
import { msg } from '../i18n/messages';
import type { ImportPhase, ImportResult } from '../import';
import { MAX_FILE_BYTES, importNetwork } from '../import';
import { readFiles } from './read-files';

/** Page → worker: open these files. */
export interface OpenRequest {
  type: 'open';
  files: File[];
}

/** Where an import is: its step and, where known, how far through it (0 to 1). */
export interface OpenProgress {
  phase: ImportPhase;
  fraction?: number;
}

/** Worker → page: a step reached, then exactly one result. */
export type ImportMessage = ({ type: 'progress' } & OpenProgress) | { type: 'result'; result: ImportResult };

/** Whether a message from the page is a well-formed open request. */
export function isOpenRequest(value: unknown): value is OpenRequest {
  const request = value as Partial<OpenRequest> | null;
  return typeof request === 'object' && request !== null && request.type === 'open' && Array.isArray(request.files);
}

/** Progress messages of one step closer together than this (ms) are dropped, the step's first and last aside. */
const PROGRESS_INTERVAL_MS = 50;

/**
 * Answers one message from the page: progress messages while it works, then one result
 * message. Never throws; whatever goes wrong becomes problems in the result.
 */
export async function answerImportRequest(
  request: unknown,
  post: (message: ImportMessage) => void,
  options: { maxBytes?: number; now?: () => number } = {},
): Promise<void> {
  const now = options.now ?? (() => performance.now());
  let lastPhase: ImportPhase | undefined;
  let lastAt = -Infinity;
  const progress = (phase: ImportPhase, fraction?: number) => {
    const at = now();
    if (phase === lastPhase && fraction !== undefined && fraction < 1 && at - lastAt < PROGRESS_INTERVAL_MS) return;
    lastPhase = phase;
    lastAt = at;
    post(fraction === undefined ? { type: 'progress', phase } : { type: 'progress', phase, fraction });
  };
  let result: ImportResult;
  if (!isOpenRequest(request)) {
    result = { ok: false, problems: [msg('read_bad_request')] };
  } else {
    try {
      progress('reading', 0);
      const { files, problems } = await readFiles(request.files, options.maxBytes ?? MAX_FILE_BYTES, (fraction) =>
        progress('reading', fraction),
      );
      result = problems.length > 0 ? { ok: false, problems } : importNetwork(files, { progress });
    } catch (error) {
      // importNetwork and readFiles promise not to throw; this keeps the page from waiting forever if they do.
      result = { ok: false, problems: [msg('import_failed', { detail: (error as Error)?.message ?? String(error) })] };
    }
  }
  post({ type: 'result', result });
}
