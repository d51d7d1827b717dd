/**
 * The shape of a coding desk workspace: the articles being coded (with their full text),
 * the actors and relations coded from them, and the review decisions on the reader's
 * suggestions. Plain data only, so it is stored in IndexedDB as is (store.ts). The changes
 * are in workspace.ts, which re-exports all of this.
 */
import type { Actor, Relation } from '../data/schema';

/** An article being coded: the dataset's document fields, with its text and digest. */
export interface WorkspaceDocument {
  id: string;
  title: string;
  publisher: string;
  author?: string;
  /** Partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD. */
  published: string;
  url?: string;
  /** BCP 47 tag of the text's language ("en", "es"). */
  language?: string;
  /** Lowercase hex SHA-256 of the text's UTF-8 bytes (sha256.ts). */
  sha256: string;
  /** The article exactly as read: every quote and offset refers to it. */
  text: string;
}

/** A review decision on one suggestion of the reader. */
export type Decision = 'accepted' | 'rejected';

export interface Workspace {
  id: string;
  name: string;
  /** Milliseconds since the epoch. */
  created: number;
  /** When the workspace was last saved (milliseconds since the epoch). */
  updated: number;
  documents: WorkspaceDocument[];
  /** Actors new to the network, in the dataset schema. */
  actors: Actor[];
  /**
   * Relations in the dataset schema, evidence with claim and speaker. A relation whose id is
   * one of the base network's carries only the evidence the desk adds to that relation.
   */
  relations: Relation[];
  /** Decisions by Suggestion.id. */
  decisions: Record<string, Decision>;
  /**
   * Who an ambiguous mention names, as the analyst chose: by document id, then by the
   * mention's start offset in the text. Absent until a choice is made.
   */
  mentionChoices?: Record<string, Record<number, string>>;
}

/** A workspace id that sorts by creation time and does not repeat in practice. */
export function newWorkspaceId(now: number): string {
  return `ws-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** A workspace with nothing in it yet. */
export function emptyWorkspace(name: string, now: number, id: string = newWorkspaceId(now)): Workspace {
  return { id, name, created: now, updated: now, documents: [], actors: [], relations: [], decisions: {} };
}
