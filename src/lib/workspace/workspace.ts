/**
 * The coding desk's workspace and its changes: every change is a pure function returning a
 * new workspace, so the desk's state is testable without a page. The shape is in model.ts;
 * relations and their duplicates in workspace-relations.ts; the workspace as a network and
 * as this project's bundle in workspace-bundle.ts; all re-exported here. `updated` is when
 * the workspace was last saved: the saver (store.ts) stamps it, so changes need no clock.
 */
import type { Actor } from '../data/schema';
import { actorId, documentId, takenIn } from './ids';
import type { Decision, Workspace, WorkspaceDocument } from './model';

export * from './model';
export { addRelation, removeRelation, relationKey } from './workspace-relations';
export type { NewRelation, RelationAdded, RelationOutcome } from './workspace-relations';
export { workspaceBundle, workspaceFromBundle, workspaceNetwork } from './workspace-bundle';
export type { BaseActors, WorkspaceOpened } from './workspace-bundle';

/** A document to add: every field but the id, which the workspace chooses. */
export type NewDocument = Omit<WorkspaceDocument, 'id'>;

export interface DocumentAdded {
  workspace: Workspace;
  /** The new document's id, or the id of the same text already in the workspace. */
  id: string;
  /** False when a document with the same text (same digest) was already there. */
  added: boolean;
}

/** Drops the keys whose value is undefined, so optional fields are absent rather than undefined. */
function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

/**
 * Adds an article. Its id is a slug of its title and date, unique within the workspace and
 * against `existingIds` (the base network's documents). The same text twice is one document.
 */
export function addDocument(ws: Workspace, document: NewDocument, existingIds: Iterable<string> = []): DocumentAdded {
  const same = ws.documents.find((doc) => doc.sha256 === document.sha256);
  if (same) return { workspace: ws, id: same.id, added: false };
  const taken = takenIn(
    ws.documents.map((doc) => doc.id),
    existingIds,
  );
  const id = documentId(document.title, document.published, taken);
  const added: WorkspaceDocument = withoutUndefined({ ...document, id });
  return { workspace: { ...ws, documents: [...ws.documents, added] }, id, added: true };
}

/** What can change of a document once added: its description, never its id or text. */
export type DocumentChanges = Partial<Omit<WorkspaceDocument, 'id' | 'text' | 'sha256'>>;

/**
 * Changes a document's description. A field given as undefined is removed (an author
 * cleared); the id stays, since evidence refers to it.
 */
export function updateDocument(ws: Workspace, id: string, changes: DocumentChanges): Workspace {
  if (!ws.documents.some((doc) => doc.id === id)) return ws;
  const { id: _id, text: _text, sha256: _sha256, ...allowed } = changes as Partial<WorkspaceDocument>;
  return {
    ...ws,
    documents: ws.documents.map((doc) => (doc.id === id ? withoutUndefined({ ...doc, ...allowed }) : doc)),
  };
}

/** An actor to add; its id is made from the label unless one is given. */
export type NewActor = Omit<Actor, 'id'> & { id?: string };

/**
 * Adds a new actor. The id (given, or a slug of the label) is made unique within the
 * workspace and against `existingIds` (the base network's actors).
 */
export function addActor(
  ws: Workspace,
  actor: NewActor,
  existingIds: Iterable<string> = [],
): { workspace: Workspace; id: string } {
  const taken = takenIn(
    ws.actors.map((a) => a.id),
    existingIds,
  );
  const id = actorId(actor.id ?? actor.label, taken);
  const added: Actor = withoutUndefined({ ...actor, id });
  return { workspace: { ...ws, actors: [...ws.actors, added] }, id };
}

/** Records (or, with null, withdraws) the review decision on a suggestion. */
export function decide(ws: Workspace, suggestionId: string, decision: Decision | null): Workspace {
  if (decision === null) {
    if (!Object.hasOwn(ws.decisions, suggestionId)) return ws;
    const { [suggestionId]: _withdrawn, ...rest } = ws.decisions;
    return { ...ws, decisions: rest };
  }
  if (ws.decisions[suggestionId] === decision) return ws;
  return { ...ws, decisions: { ...ws.decisions, [suggestionId]: decision } };
}
