/**
 * The document lens: for every source document, the relations it supports and those that
 * rest on it alone — what would fall if that source were withdrawn. Pure and computed once
 * per network; the "Sources" list shows the counts and the filters keep one document's
 * relations when the reader chooses it.
 */
import type { NetworkRelation } from '../data/network';
import type { SourceDocument } from '../data/schema';

export interface DocumentSupport {
  /** Relations with at least one quote from the document. */
  relations: ReadonlySet<string>;
  /** Of those, the ones no other document supports. */
  soleSource: ReadonlySet<string>;
}

export interface SourceRow {
  id: string;
  /** The document's title, or its id when the network cites a document it does not describe. */
  title: string;
  publisher: string | null;
  published: string | null;
  language: string | null;
  relations: number;
  soleSource: number;
}

export function documentSupport(relations: readonly NetworkRelation[]): ReadonlyMap<string, DocumentSupport> {
  const support = new Map<string, { relations: Set<string>; soleSource: Set<string> }>();
  for (const relation of relations) {
    const cited = new Set(relation.evidence.map((evidence) => evidence.document));
    for (const document of cited) {
      let entry = support.get(document);
      if (!entry) support.set(document, (entry = { relations: new Set(), soleSource: new Set() }));
      entry.relations.add(relation.id);
      if (cited.size === 1) entry.soleSource.add(relation.id);
    }
  }
  return support;
}

/**
 * One row per document the network describes or cites, most-cited first; documents that
 * support nothing stay listed (with 0), so that an uncited source is visible too.
 */
export function sourceRows(
  documents: readonly SourceDocument[],
  support: ReadonlyMap<string, DocumentSupport>,
): SourceRow[] {
  const rows: SourceRow[] = documents.map((document) => ({
    id: document.id,
    title: document.title,
    publisher: document.publisher,
    published: document.published,
    language: document.language ?? null,
    relations: support.get(document.id)?.relations.size ?? 0,
    soleSource: support.get(document.id)?.soleSource.size ?? 0,
  }));
  const described = new Set(documents.map((document) => document.id));
  for (const [id, entry] of support) {
    if (described.has(id)) continue;
    rows.push({
      id,
      title: id,
      publisher: null,
      published: null,
      language: null,
      relations: entry.relations.size,
      soleSource: entry.soleSource.size,
    });
  }
  return rows.sort((a, b) => b.relations - a.relations || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
}
