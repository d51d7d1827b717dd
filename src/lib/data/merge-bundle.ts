/**
 * Merges a reviewed network bundle (this project's own JSON, see src/lib/export/bundle.ts)
 * into the dataset's files, all or nothing. New documents get the bundle's text as their
 * source file with its SHA-256; a document or actor already there must be the same one;
 * a relation that duplicates one already there (same actors, type and date, as the
 * validator counts duplicates) lends it its evidence instead of becoming a second relation.
 * The merged dataset is then held to every rule of the curated dataset, and any problem
 * refuses the whole merge: a reviewed bundle either fits the dataset or changes nothing.
 *
 * Problems read `file: json-path: message`. Those caused by the bundle's records are
 * stated at their place in the bundle (`bundle.json: $.relations[2].evidence[0].quote`),
 * not at an index of a merged file the user never sees. Pure: the command line
 * (src/cli/merge.ts) reads the folder and writes what comes back.
 */
import { movedProblem, problemAt, type Problem } from './problem.ts';
import { actorSchema, documentSchema, evidenceSchema, relationSchema } from './schema.ts';
import { relationKey } from './relation-key.ts';
import { validateDataset, type DatasetFiles } from './validate.ts';
import { checkBundle, type MergeBundleInput } from './merge-bundle-input.ts';
import type { MessageKey, MessageParams } from '../i18n/messages.ts';

export { parseBundleText } from './merge-bundle-input.ts';

/** A record of one of the dataset's files, as JSON holds it. */
type JsonRecord = Record<string, unknown>;

export interface MergeCounts {
  documents: number;
  actors: number;
  /** Actors already in the dataset that the bundle gave new aliases. */
  aliasedActors: number;
  relations: number;
  /** Evidence items appended to relations that were already there. */
  evidence: number;
}

/** The three files as they are after the merge, and the source files it adds (path → text). */
export interface MergedFiles {
  documents: JsonRecord[];
  actors: JsonRecord[];
  relations: JsonRecord[];
  newSources: Record<string, string>;
}

export type MergeOutcome = { ok: true; files: MergedFiles; counts: MergeCounts } | { ok: false; problems: Problem[] };

/** Fields a bundle's network carries beyond the dataset (layout, colours, imported attributes). */
const NETWORK_ONLY = ['x', 'y', 'color', 'attributes', 'directed', 'weight'];
const DOCUMENT_KEYS = Object.keys(documentSchema.shape);
const ACTOR_KEYS = Object.keys(actorSchema.shape);
const RELATION_KEYS = Object.keys(relationSchema.shape);
const EVIDENCE_KEYS = Object.keys(evidenceSchema.shape);

/** Lowercase hex SHA-256 of the text's UTF-8 bytes (WebCrypto: Node 20+ and browsers alike). */
async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The record with the dataset's keys in the files' order, unknown ones after, network-only ones left out. */
function ordered(record: JsonRecord, keys: readonly string[]): JsonRecord {
  const known = keys.filter((key) => Object.hasOwn(record, key) && record[key] !== undefined);
  const others = Object.keys(record).filter((key) => !keys.includes(key) && !NETWORK_ONLY.includes(key));
  return Object.fromEntries([...known, ...others].map((key) => [key, record[key]]));
}

/** Same actors, type and date (relation-key.ts); a bundle's values are not yet known to be strings. */
function duplicateKey(r: Partial<Record<'source' | 'target' | 'type' | 'date' | 'start' | 'end', unknown>>) {
  const text = (value: unknown) => (value === undefined ? undefined : String(value));
  return relationKey({
    source: String(r.source),
    target: String(r.target),
    type: String(r.type),
    date: text(r.date),
    start: text(r.start),
    end: text(r.end),
  });
}

/** The merge in progress: the growing files, and where in the bundle each added piece came from. */
class Merge {
  readonly problems: Problem[] = [];
  readonly counts: MergeCounts = { documents: 0, actors: 0, aliasedActors: 0, relations: 0, evidence: 0 };
  readonly documents: JsonRecord[];
  readonly actors: JsonRecord[];
  readonly relations: JsonRecord[];
  readonly sourceFiles: Record<string, string>;
  readonly sourceDigests: Record<string, string>;
  readonly newSources: Record<string, string> = {};
  /** "relations.json|$[7]" or "relations.json|$[3].evidence[2]" → the bundle path it came from. */
  private readonly origins = new Map<string, string>();

  constructor(
    readonly file: string,
    dataset: DatasetFiles,
  ) {
    this.documents = [...(dataset.documents as JsonRecord[])];
    this.actors = [...(dataset.actors as JsonRecord[])];
    this.relations = [...(dataset.relations as JsonRecord[])];
    this.sourceFiles = { ...dataset.sourceFiles };
    this.sourceDigests = { ...dataset.sourceDigests };
  }

  problem(path: string, key: MessageKey, params?: MessageParams): void {
    this.problems.push(problemAt(this.file, path, key, params));
  }

  cameFrom(place: string, bundlePath: string): void {
    this.origins.set(place, bundlePath);
  }

  /** A problem of the merged dataset, moved to the bundle when the bundle brought what it is about. */
  placed(problem: Problem): Problem {
    const from = (place: string) => this.origins.get(`${problem.file}|${place}`);
    let moved = from(problem.path);
    const match = /^(\$\[\d+\])(\.\w+\[\d+\])?(.*)$/.exec(problem.path);
    if (moved === undefined && match) {
      const [, record, part = '', rest] = match;
      const ofPart = part ? from(record + part) : undefined;
      const ofRecord = from(record);
      if (ofPart !== undefined) moved = ofPart + rest;
      else if (ofRecord !== undefined) moved = ofRecord + part + rest;
    }
    return moved === undefined ? problem : movedProblem(problem, this.file, moved);
  }
}

async function mergeDocuments(merge: Merge, bundle: MergeBundleInput): Promise<void> {
  const byId = new Map(merge.documents.map((doc) => [doc.id, doc]));
  const owners = new Map(merge.documents.map((doc) => [merge.sourceFiles[String(doc.file)], String(doc.id)]));
  for (const [i, doc] of bundle.documents.entries()) {
    const path = `$.documents[${i}]`;
    const textPath = `$.sources[${JSON.stringify(doc.id)}]`;
    const text = Object.hasOwn(bundle.sources, doc.id) ? bundle.sources[doc.id] : undefined;
    const known = byId.get(doc.id);
    const file = `sources/${doc.id}.txt`;
    if (text === undefined) merge.problem(path, 'merge_document_without_text', { document: doc.id });
    else if (/\p{Cs}/u.test(text)) merge.problem(textPath, 'merge_text_not_unicode', { document: doc.id });
    else if (known) {
      const source = String(known.file);
      if (merge.sourceFiles[source] !== text)
        merge.problem(textPath, 'merge_document_text_differs', { document: doc.id, source });
    } else if (owners.has(text)) {
      merge.problem(path, 'merge_document_same_text', { document: doc.id, other: owners.get(text)! });
    } else if (Object.hasOwn(merge.sourceFiles, file)) {
      merge.problem(`${path}.id`, 'merge_source_file_taken', { document: doc.id, source: file });
    } else {
      const sha256 = await sha256Hex(text);
      if (typeof doc.sha256 === 'string' && doc.sha256 !== sha256) {
        merge.problem(`${path}.sha256`, 'validate_source_changed', { source: textPath, digest: sha256 });
        continue;
      }
      const added = ordered({ ...doc, file, sha256 }, DOCUMENT_KEYS);
      merge.cameFrom(`documents.json|$[${merge.documents.length}]`, path);
      merge.cameFrom(`${file}|$`, textPath);
      merge.documents.push(added);
      merge.sourceFiles[file] = merge.newSources[file] = text;
      merge.sourceDigests[file] = sha256;
      byId.set(doc.id, added);
      owners.set(text, doc.id);
      merge.counts.documents++;
    }
  }
}

/** Aliases the bundle has and the dataset's actor lacks are appended (and marked ambiguous if the bundle marks them). */
function mergeActors(merge: Merge, bundle: MergeBundleInput): void {
  const existing = merge.actors.length;
  const indexById = new Map(merge.actors.map((actor, k) => [actor.id, k]));
  const aliased = new Set<number>();
  for (const [i, actor] of bundle.actors.entries()) {
    const path = `$.actors[${i}]`;
    const k = indexById.get(actor.id);
    if (k === undefined) {
      merge.cameFrom(`actors.json|$[${merge.actors.length}]`, path);
      indexById.set(actor.id, merge.actors.length);
      merge.actors.push(ordered(actor, ACTOR_KEYS));
      merge.counts.actors++;
      continue;
    }
    const known = merge.actors[k];
    if (known.label !== actor.label || known.kind !== actor.kind) {
      merge.problem(path, 'merge_actor_differs', {
        actor: actor.id,
        label: String(known.label),
        kind: String(known.kind),
      });
      continue;
    }
    const joined: JsonRecord = { ...known };
    for (const field of ['aliases', 'ambiguousAliases'] as const) {
      const had = (known[field] as string[] | undefined) ?? [];
      const list = [...had];
      (actor[field] ?? []).forEach((alias, a) => {
        if (list.includes(alias)) return;
        merge.cameFrom(`actors.json|$[${k}].${field}[${list.length}]`, `${path}.${field}[${a}]`);
        list.push(alias);
      });
      if (list.length > had.length) joined[field] = list;
    }
    if (joined.aliases === known.aliases && joined.ambiguousAliases === known.ambiguousAliases) continue;
    merge.actors[k] = ordered(joined, ACTOR_KEYS);
    if (k < existing && !aliased.has(k)) merge.counts.aliasedActors++;
    aliased.add(k);
  }
}

/** A relation that duplicates one already there adds the evidence items that one lacks (same document and quote). */
function mergeRelations(merge: Merge, bundle: MergeBundleInput): void {
  const existing = merge.relations.length;
  const indexById = new Map(merge.relations.map((relation, k) => [relation.id, k]));
  const indexByKey = new Map(merge.relations.map((relation, k) => [duplicateKey(relation), k]));
  for (const [i, relation] of bundle.relations.entries()) {
    const path = `$.relations[${i}]`;
    const key = duplicateKey(relation);
    const same = indexByKey.get(key);
    const named = indexById.get(relation.id);
    if (named !== undefined && named !== same) {
      merge.problem(`${path}.id`, 'merge_relation_id_taken', { id: relation.id, firstPath: `$[${named}]` });
      continue;
    }
    const evidence = relation.evidence?.map((item) => ordered(item, EVIDENCE_KEYS));
    if (same === undefined) {
      merge.cameFrom(`relations.json|$[${merge.relations.length}]`, path);
      indexById.set(relation.id, merge.relations.length);
      indexByKey.set(key, merge.relations.length);
      merge.relations.push(ordered({ ...relation, evidence }, RELATION_KEYS));
      merge.counts.relations++;
      continue;
    }
    const known = merge.relations[same];
    const items = [...(known.evidence as JsonRecord[])];
    (evidence ?? []).forEach((item, e) => {
      if (items.some((had) => had.document === item.document && had.quote === item.quote)) return;
      merge.cameFrom(`relations.json|$[${same}].evidence[${items.length}]`, `${path}.evidence[${e}]`);
      items.push(item);
      if (same < existing) merge.counts.evidence++;
    });
    if (items.length > (known.evidence as JsonRecord[]).length) merge.relations[same] = { ...known, evidence: items };
  }
}

/**
 * Merges `bundle` (parsed JSON of the file named `file`) into `dataset`. The dataset must be
 * valid to begin with; the merged one must be valid too, or nothing comes back but problems.
 */
export async function mergeBundle(dataset: DatasetFiles, file: string, bundle: unknown): Promise<MergeOutcome> {
  const before = validateDataset(dataset, { curated: true });
  if (before.problems.length > 0) return { ok: false, problems: before.problems };
  const checked = checkBundle(file, bundle);
  if ('problems' in checked) return { ok: false, problems: checked.problems };

  const merge = new Merge(file, dataset);
  await mergeDocuments(merge, checked.bundle);
  mergeActors(merge, checked.bundle);
  mergeRelations(merge, checked.bundle);
  const { documents, actors, relations, sourceFiles, sourceDigests, newSources } = merge;
  const after = validateDataset({ documents, actors, relations, sourceFiles, sourceDigests }, { curated: true });
  const problems = [...merge.problems, ...after.problems.map((problem) => merge.placed(problem))];
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, files: { documents, actors, relations, newSources }, counts: merge.counts };
}
