/**
 * What the coding desk needs from outside, as interfaces: somewhere to keep workspaces
 * (IndexedDB in the page, a map in tests), something that reads an article (a worker in
 * the page), and the network it extends. The desk state only talks to these, so it can be
 * tested without a browser.
 */
import type { Network } from '../data/network';
import type { ArticleReading, KnownActor, NewName } from '../extract/types';
import type { Workspace } from '../workspace/workspace';
import type { NetworkAdditions } from '../state/loaded-network';
import type { MessageKey } from '../i18n/messages';

export interface WorkspaceSummary {
  id: string;
  name: string;
  updated: number;
}

export interface DeskStore {
  list(): Promise<WorkspaceSummary[]>;
  load(id: string): Promise<Workspace | undefined>;
  /** Saves soon (coalescing quick changes); `flush` saves what is pending now. */
  save(ws: Workspace): void;
  flush(): Promise<void>;
  remove(id: string): Promise<void>;
  lastUsed(): Promise<string | undefined>;
  setLastUsed(id: string): Promise<void>;
}

export interface ArticleRead {
  reading: ArticleReading;
  /** The names that match no actor come later: finding them takes the NLP library longer. */
  newNames: Promise<NewName[]>;
}

export interface ArticleReader {
  read(
    text: string,
    actors: readonly KnownActor[],
    options: { published?: string; locale?: string; choices?: Record<number, string> },
  ): Promise<ArticleRead>;
}

export interface DeskNetwork {
  /** The network the desk extends, as it was before the desk added anything. */
  base(): Network | null;
  /** Shows the base with these additions. */
  apply(additions: NetworkAdditions): void;
}

/** A store failure worded by the catalogue (quota, private browsing without IndexedDB). */
export type StoreProblem = MessageKey;
