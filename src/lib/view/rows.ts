/**
 * What the lists show, in the chosen language: relation rows for the relations table, an
 * actor's relations for the actor panel, and the filter options with their counts. Pure;
 * the rows of a network are worded once per language, so a filter change only selects.
 */
import type { NetworkRelation } from '../data/network';
import type { DatasetIndex } from '../graph/dataset-index';
import type { Locale } from '../i18n/locale';
import { describeRelationTime, formatPartialDate } from '../i18n/format';
import { parsePartialDate } from '../data/partial-date';
import { corroborate } from '../trust/corroboration';
import { kindLabel, relationTypeLabel } from '../i18n/words';
import { compareSortTimes, relationSortTime } from '../time/order';
import {
  POLARITIES,
  compareActorKinds,
  compareRelationTypes,
  isDirected,
  polarityOf,
  type Polarity,
} from '../vocabulary';
import type { TypePalette } from './palette';

export interface RelationRow {
  id: string;
  sourceLabel: string;
  targetLabel: string;
  relationLabel: string;
  color: string;
  directed: boolean;
  dateLabel: string;
  sortTime: number | null;
  /** Distinct documents behind the relation. */
  sources: number;
  /** Distinct publishers of those documents. */
  publishers: number;
  /** When the first and last citing documents were published, in words ('' when unknown). */
  firstReportedLabel: string;
  lastReportedLabel: string;
  firstReportedTime: number | null;
  lastReportedTime: number | null;
}

function publicationTime(value: string | null): number | null {
  return value ? (parsePartialDate(value)?.start ?? null) : null;
}

function relationRow(
  index: DatasetIndex,
  relation: NetworkRelation,
  locale: Locale,
  palette: TypePalette,
): RelationRow {
  const corroboration = corroborate(relation, index.documents);
  const { firstReported, lastReported } = corroboration;
  return {
    id: relation.id,
    sourceLabel: index.actors.get(relation.source)?.label ?? relation.source,
    targetLabel: index.actors.get(relation.target)?.label ?? relation.target,
    relationLabel: relationTypeLabel(relation.type, locale),
    color: palette.relationType(relation.type),
    directed: isDirected(relation),
    dateLabel: describeRelationTime(relation, locale),
    sortTime: relationSortTime(relation),
    sources: corroboration.documents,
    publishers: corroboration.publishers,
    firstReportedLabel: firstReported ? formatPartialDate(firstReported, locale) : '',
    lastReportedLabel: lastReported ? formatPartialDate(lastReported, locale) : '',
    firstReportedTime: publicationTime(firstReported),
    lastReportedTime: publicationTime(lastReported),
  };
}

const rowsByIndex = new WeakMap<DatasetIndex, Map<string, readonly RelationRow[]>>();

/**
 * Every relation as a row, worded once per network and language and kept newest first
 * (undated last): the table's default order, so its stable sort finds them in order.
 */
export function allRelationRows(index: DatasetIndex, locale: Locale, palette: TypePalette): readonly RelationRow[] {
  let byLocale = rowsByIndex.get(index);
  if (!byLocale) {
    byLocale = new Map();
    rowsByIndex.set(index, byLocale);
  }
  let rows = byLocale.get(locale);
  if (!rows) {
    rows = index.dataset.relations
      .map((relation) => relationRow(index, relation, locale, palette))
      .sort((a, b) => compareSortTimes(a.sortTime, b.sortTime, true));
    byLocale.set(locale, rows);
  }
  return rows;
}

/** The visible relations as table rows, newest first. */
export function relationRows(
  index: DatasetIndex,
  visibleEdges: ReadonlySet<string>,
  locale: Locale,
  palette: TypePalette,
): RelationRow[] {
  return allRelationRows(index, locale, palette).filter((row) => visibleEdges.has(row.id));
}

export interface ActorRelationItem {
  id: string;
  relation: string;
  relationLabel: string;
  color: string;
  directed: boolean;
  outgoing: boolean;
  counterpartId: string;
  counterpartLabel: string;
  dateLabel: string;
  sortTime: number | null;
}

export function actorRelationItems(
  index: DatasetIndex,
  actorId: string,
  visibleEdges: ReadonlySet<string>,
  locale: Locale,
  palette: TypePalette,
): ActorRelationItem[] {
  const items: ActorRelationItem[] = [];
  for (const relation of index.dataset.relations) {
    if (relation.source !== actorId && relation.target !== actorId) continue;
    if (!visibleEdges.has(relation.id)) continue;
    const outgoing = relation.source === actorId;
    const counterpartId = outgoing ? relation.target : relation.source;
    items.push({
      id: relation.id,
      relation: relation.type,
      relationLabel: relationTypeLabel(relation.type, locale),
      color: palette.relationType(relation.type),
      directed: isDirected(relation),
      outgoing,
      counterpartId,
      counterpartLabel: index.actors.get(counterpartId)?.label ?? counterpartId,
      dateLabel: describeRelationTime(relation, locale),
      sortTime: relationSortTime(relation),
    });
  }
  return items;
}

export interface RelationTypeOption {
  id: string;
  label: string;
  /**
   * What the type means; absent in the options the page derives (the filters word it from
   * the vocabulary, so the descriptions load with the filters, not with the first view).
   */
  description?: string;
  color: string;
  /** The polarity group, or 'other' for a type outside the vocabulary. */
  group: Polarity | 'other';
  directed: boolean;
  count: number;
}

/**
 * The types the network uses: those of the fixed vocabulary in their polarity groups and
 * vocabulary order, then any other type (imported files) in a group of their own.
 */
export function relationTypeOptions(
  typesInUse: Iterable<string>,
  counts: ReadonlyMap<string, number>,
  locale: Locale,
  palette: TypePalette,
): RelationTypeOption[] {
  const groupRank = (type: string) => {
    const polarity = polarityOf(type);
    return polarity ? POLARITIES.indexOf(polarity) : POLARITIES.length;
  };
  return [...new Set(typesInUse)]
    .sort((a, b) => groupRank(a) - groupRank(b) || compareRelationTypes(a, b))
    .map((type) => ({
      id: type,
      label: relationTypeLabel(type, locale),
      color: palette.relationType(type),
      group: polarityOf(type) ?? 'other',
      directed: isDirected({ type }),
      count: counts.get(type) ?? 0,
    }));
}

export interface KindOption {
  id: string;
  label: string;
  color: string;
  count: number;
}

export function kindOptions(
  kindsInUse: Iterable<string>,
  counts: ReadonlyMap<string, number>,
  locale: Locale,
  palette: TypePalette,
): KindOption[] {
  return [...new Set(kindsInUse)].sort(compareActorKinds).map((id) => ({
    id,
    label: kindLabel(id, locale),
    color: palette.actorKind(id),
    count: counts.get(id) ?? 0,
  }));
}
