/**
 * Workspaces kept in the browser, in IndexedDB (through `idb`): database
 * "petro-network-desk", store "workspaces" (whole workspaces, keyed by id) and a tiny store
 * "meta" that remembers the workspace last used, so a reload reopens it. A workspace is
 * stored as it is (plain data, structured-clone friendly). WorkspaceSaver spares the disk
 * from a write per keystroke: it writes the latest state at most every ~300 ms and at once
 * on flush() (on pagehide), and never drops the last change. Failures (no IndexedDB in a
 * private window, storage full) are reported as catalogue keys, never as sentences.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { MessageKey } from '../i18n/messages';
import type { Workspace } from './model';

export const DESK_DATABASE = 'petro-network-desk';
const DESK_DATABASE_VERSION = 1;
const LAST_USED = 'last-workspace';

interface DeskSchema extends DBSchema {
  workspaces: { key: string; value: Workspace };
  meta: { key: string; value: string };
}

/** What the desk lists to choose a workspace from. */
export interface WorkspaceSummary {
  id: string;
  name: string;
  updated: number;
}

/** Why storing failed, as a catalogue key. */
export type StoreErrorKey = Extract<MessageKey, 'desk_store_unavailable' | 'desk_store_quota' | 'desk_store_failed'>;

/** A storage failure: the catalogue key to show, the browser's error as the cause. */
export class DeskStoreError extends Error {
  constructor(
    readonly key: StoreErrorKey,
    options?: { cause?: unknown },
  ) {
    super(key, options);
    this.name = 'DeskStoreError';
  }
}

/** The key for a failure: storage full, no IndexedDB (private mode, blocked), or anything else. */
export function storeErrorKey(error: unknown): StoreErrorKey {
  if (error instanceof DeskStoreError) return error.key;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'QuotaExceededError') return 'desk_store_quota';
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') {
    return 'desk_store_unavailable';
  }
  if (typeof indexedDB === 'undefined') return 'desk_store_unavailable';
  return 'desk_store_failed';
}

let opening: Promise<IDBPDatabase<DeskSchema>> | undefined;

function database(): Promise<IDBPDatabase<DeskSchema>> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new DeskStoreError('desk_store_unavailable'));
  opening ??= openDB<DeskSchema>(DESK_DATABASE, DESK_DATABASE_VERSION, {
    upgrade(db) {
      if (!db.objectStoreNames.contains('workspaces')) db.createObjectStore('workspaces', { keyPath: 'id' });
      if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta');
    },
    // Another tab opens a newer version: let it, and reopen on next use.
    blocking() {
      void closeDeskDatabase();
    },
    terminated() {
      opening = undefined;
    },
  }).catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

/** Closes the connection (the next call reopens it); for tests and version changes. */
export async function closeDeskDatabase(): Promise<void> {
  const current = opening;
  opening = undefined;
  if (current) (await current.catch(() => undefined))?.close();
}

/** Runs a storage operation, turning any failure into a DeskStoreError with its key. */
async function stored<T>(operation: (db: IDBPDatabase<DeskSchema>) => Promise<T>): Promise<T> {
  try {
    return await operation(await database());
  } catch (error) {
    if (error instanceof DeskStoreError) throw error;
    throw new DeskStoreError(storeErrorKey(error), { cause: error });
  }
}

/** The stored workspaces, newest first. */
export function listWorkspaces(): Promise<WorkspaceSummary[]> {
  return stored(async (db) => {
    const all = await db.getAll('workspaces');
    return all.map(({ id, name, updated }) => ({ id, name, updated })).sort((a, b) => b.updated - a.updated);
  });
}

/** A stored workspace, or undefined when there is none with this id. */
export function loadWorkspace(id: string): Promise<Workspace | undefined> {
  return stored((db) => db.get('workspaces', id));
}

/** Stores the whole workspace, replacing what was stored under its id. */
export function saveWorkspace(ws: Workspace): Promise<void> {
  return stored(async (db) => {
    await db.put('workspaces', ws);
  });
}

/** Deletes a workspace; forgets it as the last used when it was. */
export function deleteWorkspace(id: string): Promise<void> {
  return stored(async (db) => {
    const tx = db.transaction(['workspaces', 'meta'], 'readwrite');
    const meta = tx.objectStore('meta');
    const last = await meta.get(LAST_USED);
    await tx.objectStore('workspaces').delete(id);
    if (last === id) await meta.delete(LAST_USED);
    await tx.done;
  });
}

/** The id of the workspace last used, if one was remembered. */
export function lastWorkspaceId(): Promise<string | undefined> {
  return stored((db) => db.get('meta', LAST_USED));
}

/** Remembers the workspace in use, to reopen it after a reload. */
export function rememberLastWorkspace(id: string): Promise<void> {
  return stored(async (db) => {
    await db.put('meta', id, LAST_USED);
  });
}

export interface WorkspaceSaverOptions {
  /** Called when a write fails, with the key of the message to show. */
  onError: (key: StoreErrorKey, error: unknown) => void;
  /** Called after each successful write, with what was written. */
  onSaved?: (ws: Workspace) => void;
  /** Shortest time between writes, in milliseconds. */
  intervalMs?: number;
  /** The clock that stamps `updated`. */
  now?: () => number;
  /** The write itself; saveWorkspace unless a test gives another. */
  save?: (ws: Workspace) => Promise<void>;
}

/**
 * Writes the latest workspace at most every `intervalMs` (300 ms). Each scheduled state is
 * stamped with the time (`updated`). flush() starts its write at once, even while another
 * is under way (IndexedDB runs them in order), since a page being hidden may not get
 * another turn. A failed write keeps its state pending unless a newer one was scheduled:
 * the next schedule() or flush() tries again, so the last change is not lost.
 */
export class WorkspaceSaver {
  private pending: Workspace | undefined;
  /** How many states were scheduled: tells whether a failed one is still the latest. */
  private scheduled = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly writes = new Set<Promise<void>>();
  /** After a failure, wait for a new change or a flush before writing again. */
  private stalled = false;
  private readonly intervalMs: number;
  private readonly now: () => number;
  private readonly save: (ws: Workspace) => Promise<void>;

  constructor(private readonly options: WorkspaceSaverOptions) {
    this.intervalMs = options.intervalMs ?? 300;
    this.now = options.now ?? Date.now;
    this.save = options.save ?? saveWorkspace;
  }

  /** Whether a change is waiting to be written or being written. */
  get busy(): boolean {
    return this.pending !== undefined || this.writes.size > 0;
  }

  /** Asks for `ws` to be written soon; replaces any state still waiting. */
  schedule(ws: Workspace): void {
    this.pending = { ...ws, updated: this.now() };
    this.scheduled++;
    this.stalled = false;
    this.arm();
  }

  /** Writes what is waiting now; resolves once every write so far has ended (saved or failed). */
  async flush(): Promise<void> {
    this.disarm();
    if (this.pending) void this.write();
    await Promise.all(this.writes);
  }

  /** Stops the timer; what is waiting stays waiting (call flush() first to keep it). */
  dispose(): void {
    this.disarm();
  }

  private arm(): void {
    if (this.timer !== undefined || this.writes.size > 0 || this.stalled || !this.pending) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.write();
    }, this.intervalMs);
  }

  private disarm(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private write(): Promise<void> {
    const ws = this.pending;
    if (!ws) return Promise.resolve();
    const sequence = this.scheduled;
    this.pending = undefined;
    const written: Promise<void> = this.save(ws)
      .then(
        () => this.options.onSaved?.(ws),
        (error: unknown) => {
          // Keep the failed state if it is still the latest, and do not retry it on a timer.
          if (sequence === this.scheduled && this.pending === undefined) {
            this.pending = ws;
            this.stalled = true;
          }
          this.options.onError(storeErrorKey(error), error);
        },
      )
      .finally(() => {
        this.writes.delete(written);
        this.arm();
      });
    this.writes.add(written);
    return written;
  }
}
