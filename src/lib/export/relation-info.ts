/**
 * What the exporters derive from a relation beyond its own fields: its direction, the
 * vocabulary's label/polarity/CAMEO code, the calendar interval a timeline tool needs, and a
 * readable list of the documents it cites.
 */
import type { NetworkRelation } from '../data/network';
import type { SourceDocument } from '../data/schema';
import { parsePartialDate } from '../data/partial-date';
import { relationTypeLabel as wordedTypeLabel } from '../i18n/words';

export { isDirected, relationTypeInfo } from '../vocabulary/relation-types';

/**
 * A relation type's label in data files (GEXF, GraphML, CSV): the vocabulary's English
 * label, so that files exported from either language read the same; other types as written.
 */
export function relationTypeLabel(type: string): string {
  return wordedTypeLabel(type, 'en');
}

const DAY_MS = 24 * 60 * 60 * 1000;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** First calendar day a partial date covers ("2025-10" → "2025-10-01"); undefined when not a date. */
export function firstDay(value: string | undefined): string | undefined {
  const span = value ? parsePartialDate(value) : null;
  return span ? isoDay(span.start) : undefined;
}

/** Last calendar day a partial date covers ("2025-10" → "2025-10-31"); undefined when not a date. */
export function lastDay(value: string | undefined): string | undefined {
  const span = value ? parsePartialDate(value) : null;
  return span ? isoDay(span.end - DAY_MS) : undefined;
}

/**
 * The inclusive interval of full dates a relation covers: a dated act spans its whole partial
 * date, a standing tie runs from the first day of its start to the last day of its end (either
 * end may be open). Empty when the relation has no usable date.
 */
export function dateInterval(relation: Pick<NetworkRelation, 'date' | 'start' | 'end'>): {
  start?: string;
  end?: string;
} {
  if (relation.date) return { start: firstDay(relation.date), end: lastDay(relation.date) };
  return { start: firstDay(relation.start), end: lastDay(relation.end) };
}

/** Whether any relation has a date a timeline can place. */
export function hasAnyDate(relations: readonly NetworkRelation[]): boolean {
  return relations.some((r) => {
    const { start, end } = dateInterval(r);
    return start !== undefined || end !== undefined;
  });
}

/** "Title (Publisher, 2025-10)" for each distinct document a relation cites, joined by " | ". */
export function citedSourcesText(
  relation: Pick<NetworkRelation, 'evidence'>,
  documentsById: ReadonlyMap<string, SourceDocument>,
): string {
  const ids = [...new Set(relation.evidence.map((e) => e.document))];
  return ids
    .map((id) => {
      const doc = documentsById.get(id);
      return doc ? `${doc.title} (${doc.publisher}, ${doc.published})` : id;
    })
    .join(' | ');
}

/** Documents by id, for the lookups above. */
export function indexDocuments(documents: readonly SourceDocument[]): Map<string, SourceDocument> {
  return new Map(documents.map((d) => [d.id, d]));
}
