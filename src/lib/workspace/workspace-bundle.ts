/**
 * The workspace as a network and as this project's bundle (export/bundle.ts), and back. The
 * bundle holds each article's full text in `sources`, with its digest, so re-opening it
 * gives back the articles exactly and a changed copy is caught. Relations may end at actors
 * of the base network: given the base, those actors go into the bundle too, so that it
 * opens on its own in the explorer; re-opening it with the same base leaves them out again.
 * The review (decisions on suggestions, who each ambiguous name means) travels in the
 * bundle's `review`, so another analyst who opens it sees what was accepted and rejected.
 */
import type { Network, NetworkActor, NetworkReview } from '../data/network';
import { actorSchema, relationSchema, type Actor, type Relation, type SourceDocument } from '../data/schema';
import { toBundle } from '../export/bundle';
import type { ExportedFile } from '../export/exported-file';
import { msg, type Message } from '../i18n/messages';
import { sha256Hex } from './sha256';
import { emptyWorkspace, type Workspace, type WorkspaceDocument } from './model';

/** The base network's actors, for the actors a bundle must carry to stand alone. */
export interface BaseActors {
  actors: readonly NetworkActor[];
}

function sourceDocument(doc: WorkspaceDocument): SourceDocument {
  const { id, title, publisher, author, published, language, url, sha256 } = doc;
  const described: SourceDocument = {
    id,
    title,
    publisher,
    author,
    published,
    language,
    file: `sources/${id}.txt`,
    url,
    sha256,
  };
  return Object.fromEntries(Object.entries(described).filter(([, v]) => v !== undefined)) as SourceDocument;
}

/** Actors the relations name (ends and speakers) that are not the workspace's own. */
function actorsNamedFromBase(ws: Workspace, base: BaseActors | undefined): NetworkActor[] {
  if (!base) return [];
  const own = new Set(ws.actors.map((a) => a.id));
  const named = new Set<string>();
  for (const r of ws.relations) {
    for (const id of [r.source, r.target, ...r.evidence.map((e) => e.speaker)]) {
      if (id !== undefined && !own.has(id)) named.add(id);
    }
  }
  return base.actors.filter((a) => named.has(a.id));
}

/** The workspace's review as the bundle carries it, or nothing when nothing was decided. */
function reviewOf(ws: Workspace): NetworkReview | undefined {
  const choices = Object.entries(ws.mentionChoices ?? {}).filter(([, byStart]) => Object.keys(byStart).length > 0);
  if (Object.keys(ws.decisions).length === 0 && choices.length === 0) return undefined;
  return {
    decisions: { ...ws.decisions },
    ...(choices.length
      ? {
          mentionChoices: Object.fromEntries(
            choices.map(([doc, byStart]) => [
              doc,
              Object.fromEntries(Object.entries(byStart).map(([start, actor]) => [String(start), actor])),
            ]),
          ),
        }
      : {}),
  };
}

/** The workspace as a network: documents without their text, texts in `sources`. */
export function workspaceNetwork(ws: Workspace, base?: BaseActors): Network {
  const review = reviewOf(ws);
  return {
    name: ws.name,
    documents: ws.documents.map(sourceDocument),
    actors: [...ws.actors, ...actorsNamedFromBase(ws, base)],
    relations: ws.relations,
    sources: Object.fromEntries(ws.documents.map((doc) => [doc.id, doc.text])),
    ...(review ? { review } : {}),
  };
}

/** The review of a bundle for the documents the workspace kept. */
function reviewFrom(
  review: NetworkReview | undefined,
  documents: readonly WorkspaceDocument[],
): Pick<Workspace, 'decisions' | 'mentionChoices'> {
  if (!review) return { decisions: {} };
  const kept = new Set(documents.map((doc) => doc.id));
  const mentionChoices = Object.fromEntries(
    Object.entries(review.mentionChoices ?? {})
      .filter(([doc]) => kept.has(doc))
      .map(([doc, byStart]) => [
        doc,
        Object.fromEntries(Object.entries(byStart).map(([start, actor]) => [Number(start), actor])),
      ]),
  );
  return {
    decisions: { ...review.decisions },
    ...(Object.keys(mentionChoices).length ? { mentionChoices } : {}),
  };
}

/** The workspace as this project's bundle file, full texts included. */
export function workspaceBundle(ws: Workspace, base?: BaseActors): ExportedFile {
  return toBundle(workspaceNetwork(ws, base));
}

export type WorkspaceOpened = { ok: true; workspace: Workspace } | { ok: false; errors: Message[] };

async function workspaceDocument(
  doc: SourceDocument,
  text: string | undefined,
  errors: Message[],
): Promise<WorkspaceDocument | null> {
  if (text === undefined) {
    errors.push(msg('desk_store_bundle_text_missing', { document: doc.id }));
    return null;
  }
  const sha256 = await sha256Hex(text);
  if (doc.sha256 !== undefined && doc.sha256 !== sha256) {
    errors.push(msg('desk_store_bundle_text_changed', { document: doc.id }));
    return null;
  }
  const { file: _file, ...described } = doc;
  return { ...described, sha256, text };
}

/**
 * A workspace from a bundle the importer has read (import/bundle.ts): its documents and
 * texts become the workspace's articles, each digest recomputed and checked against the
 * one the bundle states. Actors and relations must follow the dataset's schema (a network
 * of other kinds and types cannot be coded further at the desk); actors of `base` are left
 * out, being the base network's.
 */
export async function workspaceFromBundle(
  network: Network,
  options: { now: number; base?: BaseActors; id?: string },
): Promise<WorkspaceOpened> {
  const errors: Message[] = [];
  const documents: WorkspaceDocument[] = [];
  for (const doc of network.documents) {
    const text = Object.hasOwn(network.sources, doc.id) ? network.sources[doc.id] : undefined;
    const opened = await workspaceDocument(doc, text, errors);
    if (opened) documents.push(opened);
  }
  const baseIds = new Set(options.base?.actors.map((a) => a.id));
  const actors: Actor[] = [];
  network.actors.forEach((actor, i) => {
    if (baseIds.has(actor.id)) return;
    const parsed = actorSchema.safeParse(actor);
    if (parsed.success) actors.push(parsed.data);
    else errors.push(msg('desk_store_bundle_outside_schema', { path: `$.actors[${i}]` }));
  });
  const relations: Relation[] = [];
  network.relations.forEach((relation, i) => {
    const parsed = relationSchema.safeParse(relation);
    if (parsed.success) relations.push(parsed.data);
    else errors.push(msg('desk_store_bundle_outside_schema', { path: `$.relations[${i}]` }));
  });
  if (errors.length > 0) return { ok: false, errors };
  const workspace = {
    ...emptyWorkspace(network.name, options.now, options.id),
    documents,
    actors,
    relations,
    ...reviewFrom(network.review, documents),
  };
  return { ok: true, workspace };
}
