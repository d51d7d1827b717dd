/**
 * The desk's store in the page: workspaces in IndexedDB (lib/workspace/store.ts), saved as
 * they change through a WorkspaceSaver, failures worded by the catalogue (storage full, a
 * private window without IndexedDB) and handed to `onProblem`.
 */
import type { DeskStore } from './desk-ports';
import type { Message } from '../i18n/messages';
import { msg } from '../i18n/messages';
import {
  WorkspaceSaver,
  deleteWorkspace,
  lastWorkspaceId,
  listWorkspaces,
  loadWorkspace,
  rememberLastWorkspace,
  storeErrorKey,
} from '../workspace/store';

export function browserDeskStore(onProblem: (problem: Message) => void): DeskStore {
  const saver = new WorkspaceSaver({ onError: (key) => onProblem(msg(key)) });
  const guarded = async <T>(run: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      onProblem(msg(storeErrorKey(error)));
      return fallback;
    }
  };
  return {
    list: () => guarded(listWorkspaces, []),
    load: (id) => guarded(() => loadWorkspace(id), undefined),
    save: (ws) => saver.schedule(ws),
    flush: () => saver.flush(),
    remove: (id) => guarded(() => deleteWorkspace(id), undefined),
    lastUsed: () => guarded(lastWorkspaceId, undefined),
    setLastUsed: (id) => guarded(() => rememberLastWorkspace(id), undefined),
  };
}
