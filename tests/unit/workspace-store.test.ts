// @vitest-environment node
/**
 * Workspaces in IndexedDB (fake-indexeddb stands in for the browser's): save, load, list
 * newest first, delete, the last workspace used; the saver writes at most every 300 ms,
 * one write at a time, keeps the last change through flush() and failures, and reports
 * failures as catalogue keys.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyWorkspace, decide, type Workspace } from '../../src/lib/workspace/workspace';
import {
  DeskStoreError,
  WorkspaceSaver,
  closeDeskDatabase,
  deleteWorkspace,
  lastWorkspaceId,
  listWorkspaces,
  loadWorkspace,
  rememberLastWorkspace,
  saveWorkspace,
  storeErrorKey,
} from '../../src/lib/workspace/store';

beforeEach(async () => {
  await closeDeskDatabase();
  globalThis.indexedDB = new IDBFactory();
});

afterEach(() => {
  vi.useRealTimers();
});

const workspace = (id: string, updated: number): Workspace => ({ ...emptyWorkspace(`Name ${id}`, 1000, id), updated });

describe('the store', () => {
  it('saves, loads, lists newest first and deletes', async () => {
    const article = {
      id: 'a-2025',
      title: 'A',
      publisher: 'P',
      published: '2025',
      sha256: 'a'.repeat(64),
      text: 'Line one\r\nline two',
    };
    const a = { ...workspace('a', 2000), documents: [article], decisions: { s1: 'accepted' as const } };
    await saveWorkspace(a);
    await saveWorkspace(workspace('b', 3000));
    await saveWorkspace(workspace('c', 1000));
    expect(await loadWorkspace('a')).toEqual(a);
    expect(await loadWorkspace('nope')).toBeUndefined();
    expect(await listWorkspaces()).toEqual([
      { id: 'b', name: 'Name b', updated: 3000 },
      { id: 'a', name: 'Name a', updated: 2000 },
      { id: 'c', name: 'Name c', updated: 1000 },
    ]);
    await saveWorkspace({ ...workspace('c', 4000), name: 'Renamed' });
    expect((await listWorkspaces())[0]).toEqual({ id: 'c', name: 'Renamed', updated: 4000 });
    await deleteWorkspace('b');
    expect((await listWorkspaces()).map((w) => w.id)).toEqual(['c', 'a']);
  });

  it('remembers the last workspace used, and forgets it when it is deleted', async () => {
    expect(await lastWorkspaceId()).toBeUndefined();
    await saveWorkspace(workspace('a', 1));
    await saveWorkspace(workspace('b', 2));
    await rememberLastWorkspace('a');
    await rememberLastWorkspace('b');
    await closeDeskDatabase();
    expect(await lastWorkspaceId()).toBe('b');
    await deleteWorkspace('a');
    expect(await lastWorkspaceId()).toBe('b');
    await deleteWorkspace('b');
    expect(await lastWorkspaceId()).toBeUndefined();
  });

  it('says the store is unavailable where there is no IndexedDB', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: a browser without IndexedDB (some private modes)
    delete globalThis.indexedDB;
    try {
      await expect(saveWorkspace(workspace('a', 1))).rejects.toMatchObject({ key: 'desk_store_unavailable' });
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('names failures by key', () => {
    expect(storeErrorKey(new DOMException('full', 'QuotaExceededError'))).toBe('desk_store_quota');
    expect(storeErrorKey(new DOMException('private', 'InvalidStateError'))).toBe('desk_store_unavailable');
    expect(storeErrorKey(new Error('other'))).toBe('desk_store_failed');
    expect(storeErrorKey(new DeskStoreError('desk_store_quota'))).toBe('desk_store_quota');
  });
});

describe('the saver', () => {
  function recordingSaver(fail: (ws: Workspace) => boolean = () => false) {
    const written: Workspace[] = [];
    const errors: string[] = [];
    let clock = 5000;
    const saver = new WorkspaceSaver({
      now: () => ++clock,
      onError: (key) => errors.push(key),
      save: async (ws) => {
        await Promise.resolve();
        if (fail(ws)) throw new DOMException('full', 'QuotaExceededError');
        written.push(ws);
      },
    });
    return { saver, written, errors };
  }

  it('writes the latest state at most every 300 ms, stamped with the time', async () => {
    vi.useFakeTimers();
    const { saver, written } = recordingSaver();
    let ws = workspace('a', 0);
    for (let i = 0; i < 10; i++) {
      ws = decide(ws, `s${i}`, 'accepted');
      saver.schedule(ws);
      await vi.advanceTimersByTimeAsync(50);
    }
    // 500 ms of changes every 50 ms: a write at 300 ms, then one 300 ms after it.
    expect(written).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(300);
    expect(written).toHaveLength(2);
    expect(Object.keys(written[1].decisions)).toHaveLength(10);
    expect(written[1].updated).toBeGreaterThan(written[0].updated);
    await vi.advanceTimersByTimeAsync(1000);
    expect(written).toHaveLength(2);
    expect(saver.busy).toBe(false);
  });

  it('flush() writes the last change at once', async () => {
    vi.useFakeTimers();
    const { saver, written } = recordingSaver();
    saver.schedule(workspace('a', 0));
    saver.schedule({ ...workspace('a', 0), name: 'Last' });
    await saver.flush();
    expect(written.map((w) => w.name)).toEqual(['Last']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(written).toHaveLength(1);
  });

  it('flush() during a write waits for it and writes what came meanwhile', async () => {
    vi.useFakeTimers();
    const { saver, written } = recordingSaver();
    saver.schedule({ ...workspace('a', 0), name: 'First' });
    await vi.advanceTimersByTimeAsync(300);
    saver.schedule({ ...workspace('a', 0), name: 'Second' });
    await saver.flush();
    expect(written.map((w) => w.name)).toEqual(['First', 'Second']);
  });

  it('reports a failed write, keeps its state and writes it on the next flush', async () => {
    vi.useFakeTimers();
    let full = true;
    const { saver, written, errors } = recordingSaver(() => full);
    saver.schedule({ ...workspace('a', 0), name: 'Kept' });
    await vi.advanceTimersByTimeAsync(300);
    expect(errors).toEqual(['desk_store_quota']);
    // No retry on a timer after a failure.
    await vi.advanceTimersByTimeAsync(3000);
    expect(errors).toHaveLength(1);
    expect(saver.busy).toBe(true);
    full = false;
    await saver.flush();
    expect(written.map((w) => w.name)).toEqual(['Kept']);
    expect(saver.busy).toBe(false);
  });

  it('does not bring back a failed state once a newer one is scheduled', async () => {
    vi.useFakeTimers();
    let failOld: (error: unknown) => void = () => {};
    const written: string[] = [];
    const errors: string[] = [];
    const saver = new WorkspaceSaver({
      onError: (key) => errors.push(key),
      save: (ws) =>
        ws.name === 'Old'
          ? new Promise<void>((_, reject) => (failOld = reject))
          : Promise.resolve().then(() => void written.push(ws.name)),
    });
    saver.schedule({ ...workspace('a', 0), name: 'Old' });
    await vi.advanceTimersByTimeAsync(300);
    // Old is being written; New comes, and the page is hidden.
    saver.schedule({ ...workspace('a', 0), name: 'New' });
    const flushed = saver.flush();
    failOld(new DOMException('full', 'QuotaExceededError'));
    await flushed;
    await vi.advanceTimersByTimeAsync(1000);
    expect(errors).toEqual(['desk_store_quota']);
    expect(written).toEqual(['New']);
    expect(saver.busy).toBe(false);
  });

  it('keeps the last change in IndexedDB itself', async () => {
    const saved: string[] = [];
    const saver = new WorkspaceSaver({ onError: () => {}, onSaved: (ws) => saved.push(ws.name) });
    for (let i = 1; i <= 5; i++) saver.schedule({ ...workspace('a', 0), name: `Edit ${i}` });
    await saver.flush();
    expect(saved).toEqual(['Edit 5']);
    expect((await loadWorkspace('a'))?.name).toBe('Edit 5');
  });
});
